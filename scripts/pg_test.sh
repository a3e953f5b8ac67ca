#!/bin/bash
# pg_test.sh CMD [ARGS...]: runs CMD against a throw-away PostgreSQL server, then stops and deletes it.
#
# The server lives in a fresh temporary folder and listens on a Unix socket there only (no TCP port, so
# several runs at once never collide). CMD sees PGHOST, PGPORT, PGUSER, PGDATABASE and
# MIZAN_TEST_PG (a URI for `mizan --db`, e.g. postgresql://postgres@/mizan?host=/tmp/pgtest.x).
# As root, the server runs as the `postgres` user through runuser (PostgreSQL refuses root).
# Exit status: CMD's; 3 when no server could be started (the log is printed).
#
#   scripts/pg_test.sh build/mizan_unit_tests --gtest_filter='StoreContract*'
#   scripts/pg_test.sh sh -c 'build/mizan ingest examples --db "$MIZAN_TEST_PG" && build/mizan dyads --db "$MIZAN_TEST_PG"'
set -uo pipefail

if [ $# -eq 0 ]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

PGBIN=${PGBIN:-}
if [ -z "$PGBIN" ]; then
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && PGBIN=$d; done
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "pg_test.sh: no PostgreSQL server binaries (apt-get install postgresql, or set PGBIN)" >&2
  exit 3
fi

PGT=$(mktemp -d "${TMPDIR:-/tmp}/pgtest.XXXXXX")
PORT=5432  # only names the socket file in $PGT
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "pg_test.sh: running as root needs a 'postgres' user (created by the postgresql package)" >&2
    rm -rf "$PGT"
    exit 3
  fi
  chown postgres:postgres "$PGT"
  chmod 755 "$PGT"
fi

stop() {
  as_pg "$PGBIN/pg_ctl" -D "$PGT/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$PGT"
}
trap stop EXIT
trap 'exit 130' INT TERM

if ! as_pg "$PGBIN/initdb" -D "$PGT/data" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >"$PGT/initdb.log" 2>&1; then
  echo "pg_test.sh: initdb failed:" >&2
  cat "$PGT/initdb.log" >&2
  exit 3
fi
# Durability off: a test server that dies loses nothing anyone needs, and it is several times faster.
if ! as_pg "$PGBIN/pg_ctl" -D "$PGT/data" -l "$PGT/server.log" -w -t 60 \
    -o "-p $PORT -k $PGT -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    start >/dev/null; then
  echo "pg_test.sh: the server did not start:" >&2
  cat "$PGT/server.log" >&2
  exit 3
fi
if ! as_pg "$PGBIN/createdb" -h "$PGT" -p $PORT -U postgres mizan; then
  cat "$PGT/server.log" >&2
  exit 3
fi

export PGHOST=$PGT PGPORT=$PORT PGUSER=postgres PGDATABASE=mizan
export MIZAN_TEST_PG="postgresql://postgres@/mizan?host=$PGT&port=$PORT"
"$@"
rc=$?
if [ $rc -ne 0 ] && [ -n "${PG_TEST_SHOW_LOG:-}" ]; then cat "$PGT/server.log" >&2; fi
exit $rc

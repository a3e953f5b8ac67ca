#!/bin/bash
# nats_cluster.sh [-n NODES] CMD [ARGS...]: runs CMD against a throw-away NATS cluster with JetStream, then stops it.
#
# NODES nats-server processes (default 3) listen on loopback only, on free ports, with their JetStream
# storage in a fresh temporary folder, clustered through routes. CMD sees
#   MIZAN_TEST_NATS       all client URLs, comma-separated (what `mizan feed/worker --nats` takes)
#   MIZAN_TEST_NATS_PIDS  the servers' process ids, space-separated, in node order (to kill one)
#   MIZAN_TEST_NATS_DIR   the temporary folder (logs: node<i>.log)
#   MIZAN_TEST_NATS_MONITOR  the servers' monitoring URLs, space-separated, in node order (/jsz tells
#                         which node leads a stream or consumer)
# Exit status: CMD's; 3 when the cluster did not come up (logs printed).
#
#   scripts/nats_cluster.sh sh -c 'build/mizan feed examples --nats "$MIZAN_TEST_NATS"'
#   scripts/nats_cluster.sh -n 1 build/mizan_unit_tests --gtest_filter='Stream*'
set -uo pipefail

NODES=3
if [ "${1:-}" = "-n" ]; then NODES=$2; shift 2; fi
if [ $# -eq 0 ]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
SERVER=${NATS_SERVER:-$(command -v nats-server || echo /usr/bin/nats-server)}
if [ ! -x "$SERVER" ]; then
  echo "nats_cluster.sh: no nats-server (apt-get install nats-server, or set NATS_SERVER)" >&2
  exit 3
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/natstest.XXXXXX")
PIDS=()
stop() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf "$DIR"
}
trap stop EXIT
trap 'exit 130' INT TERM

# Free ports: ask the kernel for them (bound then released; a race with another process is unlikely).
ports=($(python3 -c "
import socket
ss=[socket.socket() for _ in range(3*$NODES)]
[s.bind(('127.0.0.1',0)) for s in ss]
print(' '.join(str(s.getsockname()[1]) for s in ss))"))
routes=""
for ((i = 0; i < NODES; i++)); do
  routes+="${routes:+,}nats-route://127.0.0.1:${ports[$((NODES + i))]}"
done
urls=""
monitor=""
for ((i = 0; i < NODES; i++)); do
  args=(-a 127.0.0.1 -p "${ports[$i]}" -m "${ports[$((2 * NODES + i))]}" -js -sd "$DIR/js$i" -n "node$i")
  monitor+="${monitor:+ }http://127.0.0.1:${ports[$((2 * NODES + i))]}"
  if [ "$NODES" -gt 1 ]; then
    args+=(--cluster_name mizan-test --cluster "nats://127.0.0.1:${ports[$((NODES + i))]}" --routes "$routes")
  fi
  "$SERVER" "${args[@]}" >"$DIR/node$i.log" 2>&1 &
  PIDS+=($!)
  urls+="${urls:+,}nats://127.0.0.1:${ports[$i]}"
done

# Ready when every node answers its monitoring-free health: the client port accepts and JetStream is
# up (the log says so); a cluster also needs its meta leader.
deadline=$((SECONDS + 30))
for ((i = 0; i < NODES; i++)); do
  until grep -q "Server is ready" "$DIR/node$i.log" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo "nats_cluster.sh: node$i did not start:" >&2
      cat "$DIR/node$i.log" >&2
      exit 3
    fi
    sleep 0.2
  done
done
if [ "$NODES" -gt 1 ]; then
  until grep -q "JetStream cluster new metadata leader\|Self is new JetStream cluster metadata leader" "$DIR"/node*.log; do
    if [ $SECONDS -ge $deadline ]; then
      echo "nats_cluster.sh: no JetStream meta leader elected:" >&2
      cat "$DIR"/node*.log >&2
      exit 3
    fi
    sleep 0.2
  done
fi

export MIZAN_TEST_NATS=$urls MIZAN_TEST_NATS_PIDS="${PIDS[*]}" MIZAN_TEST_NATS_DIR=$DIR MIZAN_TEST_NATS_MONITOR="$monitor"
"$@"
exit $?

# PostgreSQL tests: each starts a throw-away server through scripts/pg_test.sh (PostgreSQL 15 binaries,
# installed by scripts/setup.sh). The store contract tests run here against PostgreSQL; under plain ctest
# entries their postgres variants skip, and the SQLite variants run as usual.
set(MIZAN_PG_TEST ${CMAKE_SOURCE_DIR}/scripts/pg_test.sh)
file(GLOB MIZAN_PG_INITDB /usr/lib/postgresql/*/bin/initdb)
if(MIZAN_PG_INITDB OR DEFINED ENV{PGBIN})
  add_test(NAME pg.store_contract
           COMMAND ${MIZAN_PG_TEST} $<TARGET_FILE:mizan_unit_tests>
                   --gtest_filter=Stores/StoreContractTest.*/postgres:PostgresStoreTest.*:PostgresErrorsTest.*
                   --gtest_brief=1)
  # End to end through the binary: ingest the e2e articles and the examples into PostgreSQL and into
  # SQLite; both store the same documents and events, re-ingesting changes nothing, `mizan dyads` reads.
  set(MIZAN_PG_INPUTS ${CMAKE_CURRENT_SOURCE_DIR}/e2e/articles)
  if(EXISTS ${CMAKE_SOURCE_DIR}/examples)
    list(APPEND MIZAN_PG_INPUTS ${CMAKE_SOURCE_DIR}/examples)
  endif()
  add_test(NAME pg.ingest_and_dyads
           COMMAND ${MIZAN_PG_TEST} bash -c [=[
# (no semicolons: CMake would split the argument at them)
set -euo pipefail
m=$1
shift
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
"$m" ingest -q --published 2021-12-15 --db "$MIZAN_TEST_PG" "$@" 2>"$t/first.log"
"$m" ingest -q --published 2021-12-15 --db "$MIZAN_TEST_PG" "$@" 2>"$t/second.log"
"$m" ingest -q --published 2021-12-15 --db "$t/s.db" "$@" 2>"$t/sqlite.log"
if ! grep -q ' 0 new, 0 replaced' "$t/second.log"
then
  echo "re-ingest changed something:"
  cat "$t/second.log"
  exit 1
fi
# The same documents and events stored, and every query command answers the same on both stores
# (canonical events, dyads by period, timelines, actors, partners and brokers, exports).
summary() {
  grep -o 'docs read: .* bad inputs' "$1"
}
if [ "$(summary "$t/first.log")" != "$(summary "$t/sqlite.log")" ]
then
  echo "PostgreSQL and SQLite stored different things:"
  cat "$t/first.log" "$t/sqlite.log"
  exit 1
fi
same() {
  "$m" "$@" --db "$MIZAN_TEST_PG" >"$t/pg.out" 2>&1 || { echo "failed on PostgreSQL: $*" && cat "$t/pg.out" && exit 1
  }
  "$m" "$@" --db "$t/s.db" >"$t/sqlite.out" 2>&1 || { echo "failed on SQLite: $*" && cat "$t/sqlite.out" && exit 1
  }
  if ! cmp -s "$t/pg.out" "$t/sqlite.out"
  then
    echo "PostgreSQL and SQLite differ on: $*"
    diff "$t/sqlite.out" "$t/pg.out" | head -20
    exit 1
  fi
}
for period in day week month year all
do
  same dyads --json --top 0 --period $period
done
same timeline LBY DZA --json
same actor LBYMIL --json --top 0
same actors --json --top 0
same export dyads --format csv
"$m" dyads --db "$MIZAN_TEST_PG" --json --top 0 --period all >"$t/pg.jsonl"
if [ ! -s "$t/pg.jsonl" ] || ! grep -q '"source":"' "$t/pg.jsonl"
then
  echo "no dyads from PostgreSQL"
  cat "$t/first.log"
  exit 1
fi
echo "ok: $(summary "$t/first.log") on both stores, $(wc -l <"$t/pg.jsonl") dyads. $(cat "$t/first.log")"
]=] pg_e2e $<TARGET_FILE:mizan_cli> ${MIZAN_PG_INPUTS})
  set_tests_properties(pg.store_contract pg.ingest_and_dyads PROPERTIES TIMEOUT 120)
  # Four `mizan ingest` at once into one database, with documents whose events fall in many months
  # (new partitions while others write) and shared summary rows: no writer may fail, the server may
  # break no deadlock, and the result must equal one ingest (tests/stream/pg_writers_test.sh; ~15 s).
  add_test(NAME pg.concurrent_writers
           COMMAND ${MIZAN_PG_TEST} ${CMAKE_CURRENT_SOURCE_DIR}/stream/pg_writers_test.sh $<TARGET_FILE:mizan_cli>
                   ${CMAKE_SOURCE_DIR}/../shared/corpora/ant-multisource/ant-multisource.jsonl.gz 200 4)
  set_tests_properties(pg.concurrent_writers PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
endif()

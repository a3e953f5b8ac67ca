#!/usr/bin/env bash
# scripts/fuzz.sh: builds the libFuzzer targets (clang, ASan+UBSan) and runs each one for a while.
#
#   scripts/fuzz.sh                     every target 15 s (what CI runs), after replaying its corpus
#   scripts/fuzz.sh --time 3600 tsv     one target for an hour
#   scripts/fuzz.sh --runs 10000000 --jobs 2 --merge   ten million executions each, two at a time,
#                                       then minimize the new inputs into tests/fuzz/corpus/<target>/
#
# Options: --build DIR (default build-fuzz), --time SECONDS per target (default 15), --runs N (stop a
# target after N executions; default: no limit), --jobs J (targets at once, default 1), --merge,
# --exclude NAME (leave a target out; CI leaves out `api`, which needs the whole library built again).
# Without clang++ it says so and exits 0: the corpora are still replayed by ctest (fuzz.replay.*).
# A crash, leak or sanitizer report fails the run; the input is kept in DIR/artifacts/<target>/ and
# belongs in tests/fuzz/regressions/<target>/ once understood (docs/fuzzing.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build-fuzz
TIME=15
RUNS=-1
JOBS=1
MERGE=0
TARGETS=()
EXCLUDE=()
while (($#)); do
  case "$1" in
    --build) BUILD=$(realpath -m "$2"); shift 2 ;;
    --time) TIME=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --merge) MERGE=1; shift ;;
    --exclude) EXCLUDE+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done

if ! command -v clang++ >/dev/null || ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang++ not found; libFuzzer runs skipped (corpora are replayed by ctest -L fuzz)" >&2
  exit 0
fi
# The target list lives in tests/fuzz/targets.cmake (set(MIZAN_FUZZ_..._TARGETS a b c)).
if ((${#TARGETS[@]} == 0)); then
  read -r -a TARGETS <<<"$(sed -n 's/^set(MIZAN_FUZZ_[A-Z]*_TARGETS \(.*\))$/\1/p' "$ROOT/tests/fuzz/targets.cmake" | tr '\n' ' ')"
fi

for x in "${EXCLUDE[@]}"; do
  for i in "${!TARGETS[@]}"; do [[ ${TARGETS[$i]} == "$x" ]] && unset 'TARGETS[i]'; done
done
TARGETS=("${TARGETS[@]}")
echo "fuzz.sh: building ${#TARGETS[@]} targets in $BUILD ..." >&2
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMIZAN_FUZZ=ON -DMIZAN_TESTS=OFF -DMIZAN_BENCH=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" --target "${TARGETS[@]/%/_fuzz}" >/dev/null

# run TARGET: replays the committed corpus and regressions, then fuzzes; the new inputs go to
# BUILD/corpus/TARGET (never into the repository unless --merge). Writes BUILD/logs/TARGET.log.
run() {
  local t=$1 bin=$BUILD/tests/fuzz/$1_fuzz work=$BUILD/corpus/$1
  mkdir -p "$work" "$BUILD/artifacts/$t" "$BUILD/logs"
  local dirs=("$work" "$ROOT/tests/fuzz/corpus/$t")
  [[ -d $ROOT/tests/fuzz/regressions/$t ]] && dirs+=("$ROOT/tests/fuzz/regressions/$t")
  # -max_len 4096: the targets look for logic errors, and short inputs run much faster.
  (cd "$BUILD/artifacts/$t" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$bin" -max_total_time="$TIME" -runs="$RUNS" -max_len=4096 -timeout=30 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t/" "${dirs[@]}") >"$BUILD/logs/$t.log" 2>&1
}

# Runs the targets, JOBS at a time; remembers which failed.
failed=()
pids=()
names=()
start=$(date +%s)
for t in "${TARGETS[@]}"; do
  run "$t" &
  pids+=($!)
  names+=("$t")
  if ((${#pids[@]} >= JOBS)); then
    wait "${pids[0]}" || failed+=("${names[0]}")
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for i in "${!pids[@]}"; do wait "${pids[$i]}" || failed+=("${names[$i]}"); done

printf '\n%-12s %14s %9s %8s  %s\n' target executions "exec/s" seconds result
for t in "${TARGETS[@]}"; do
  log=$BUILD/logs/$t.log
  execs=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$log" | tail -1)
  secs=$(awk '/stat::average_exec_per_sec:/ { r = $2 } /stat::number_of_executed_units:/ { n = $2 } END { if (r > 0) printf "%.0f", n / r }' "$log")
  rate=$(awk '/stat::average_exec_per_sec:/ { print $2 }' "$log" | tail -1)
  result=ok
  [[ " ${failed[*]} " == *" $t "* ]] && result="FAILED: $(grep -m1 -E 'SUMMARY|check failed|ERROR' "$log" || echo "see $log")"
  printf '%-12s %14s %9s %8s  %s\n' "$t" "${execs:--}" "${rate:--}" "${secs:--}" "$result"
done
echo "fuzz.sh: $(($(date +%s) - start)) s; logs in $BUILD/logs, crashing inputs in $BUILD/artifacts" >&2

# --merge: the new inputs that add coverage join tests/fuzz/corpus/<target>/ (what is there stays).
if ((MERGE)) && ((${#failed[@]} == 0)); then
  for t in "${TARGETS[@]}"; do
    "$BUILD/tests/fuzz/${t}_fuzz" -merge=1 -max_len=4096 "$ROOT/tests/fuzz/corpus/$t" "$BUILD/corpus/$t" \
      >"$BUILD/logs/$t.merge.log" 2>&1
    echo "fuzz.sh: tests/fuzz/corpus/$t now holds $(ls "$ROOT/tests/fuzz/corpus/$t" | wc -l) files" >&2
  done
fi
((${#failed[@]} == 0)) || { echo "fuzz.sh: FAILED: ${failed[*]}" >&2; exit 1; }

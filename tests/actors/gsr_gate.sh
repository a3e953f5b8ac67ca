#!/bin/sh
# Codes a GSR *_spans.jsonl with one-sided events and gates its source/target country rates
# (tests/actors/gsr_actors.py, which also prints the held-out half on its own).
# Usage: gsr_gate.sh MIZAN SPANS MIN_SOURCE MIN_TARGET [PART]   (PART: all, A or B; exit 77 = skipped)
set -e
mizan=$1 spans=$2 min_source=$3 min_target=$4 part=${5:-all}
[ -f "$spans" ] || { echo "skipped: $spans is absent"; exit 77; }
python3 "$(dirname "$0")/gsr_actors.py" "$spans" --mizan "$mizan" --gate-part "$part" \
  --min-source "$min_source" --min-target "$min_target"

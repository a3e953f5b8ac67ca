#!/bin/sh
# Codes a GSR *_spans.jsonl with one-sided events and gates its source/target country rates
# (tests/actors/gsr_actors.py). Usage: gsr_gate.sh MIZAN SPANS MIN_SOURCE MIN_TARGET. Exit 77 = skipped.
set -e
mizan=$1 spans=$2 min_source=$3 min_target=$4
[ -f "$spans" ] || { echo "skipped: $spans is absent"; exit 77; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$mizan" code --one-sided "$spans" > "$out"
python3 "$(dirname "$0")/gsr_actors.py" "$spans" "$out" --min-source "$min_source" --min-target "$min_target"

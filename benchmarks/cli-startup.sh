#!/usr/bin/env bash
# Times how long ./socialbiz takes to answer when nothing changed: `samples` (start, parse, print),
# `assess --sample globex` writing the HTML report, and the same writing the PDF too, against java alone
# (`java -version`). Prints each run and the median, in seconds.
#
#   benchmarks/cli-startup.sh [RUNS]     (default 5 runs each; the first start builds, untimed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { perl -MTime::HiRes=time -e 'printf "%.3f\n", time'; }

# Runs a command RUNS times and prints the median.
measure() {
  local label=$1 times=() start end
  shift
  for ((i = 0; i < runs; i++)); do
    start=$(now)
    "$@" >/dev/null 2>&1
    end=$(now)
    times+=("$(perl -e "printf '%.2f', $end - $start")")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  printf '%-50s %s s   (runs: %s)\n' "$label" "$median" "${times[*]}"
}

# The first start builds and records the class path; it is not what this script measures.
./socialbiz samples >/dev/null 2>&1
./socialbiz samples 2>&1 >/dev/null | grep -q 'building' && { echo "the class path was rebuilt twice" >&2; exit 1; }
measure "socialbiz samples" ./socialbiz samples
measure "socialbiz assess --sample globex (html)" ./socialbiz assess --sample globex --out "$out"
measure "socialbiz assess --sample globex --format html,pdf" \
  ./socialbiz assess --sample globex --format html,pdf --out "$out"
measure "java -version" java -version

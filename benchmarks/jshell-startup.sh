#!/usr/bin/env bash
# Times how long ./socialbiz-jshell takes to a ready prompt when nothing changed: the shell is started,
# runs the startup script, evaluates one snippet that uses socialbiz, and exits. Compared with JShell
# alone (no class path, no startup script). Prints each run and the median, in seconds.
#
#   benchmarks/jshell-startup.sh [RUNS]     (default 5 runs each; the first start builds, untimed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

now() { perl -MTime::HiRes=time -e 'printf "%.3f\n", time'; }

# Runs a shell command that reads the snippets on standard input RUNS times and prints the median.
measure() {
  local label=$1 command=$2 snippet=$3 times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(now)
    printf '%s\n/exit\n' "$snippet" | sh -c "$command" >/dev/null 2>&1
    end=$(now)
    times+=("$(perl -e "printf '%.2f', $end - $start")")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  printf '%-44s %s s   (runs: %s)\n' "$label" "$median" "${times[*]}"
}

# The first start builds and records the class path; it is not what this script measures.
printf '/exit\n' | ./socialbiz-jshell >/dev/null 2>&1
ready='System.out.println(assess(multinational(), AS_OF).stage())'
printf '/exit\n' | ./socialbiz-jshell 2>&1 | grep -q 'building' && { echo "the class path was rebuilt twice" >&2; exit 1; }
measure "socialbiz-jshell, nothing changed" "./socialbiz-jshell" "$ready"
measure "jshell alone" "jshell" 'System.out.println(1 + 1)'
measure "jshell alone, same JIT flags as the launcher" \
  "jshell -J-XX:TieredStopAtLevel=1 -R-XX:TieredStopAtLevel=1" 'System.out.println(1 + 1)'

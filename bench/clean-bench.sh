#!/bin/sh
# The cleaner alone, on one thread: CPU time per round and a hash of everything extracted (a change that claims to
# make cleaning faster must leave the hash as it was). Usage: bench/clean-bench.sh DIR [ROUNDS] [RULES_FILE]
# (RULES_FILE relative to the project folder; the program is src/bench/java/org/newsexport/bench/CleanBench.java).
set -e
dir=$(cd "$1" && pwd)
shift
exec "$(dirname "$0")/run.sh" CleanBench "$dir" "$@"

#!/bin/sh
# The cleaner alone, on one thread: CPU time per round and a hash of everything extracted (a change that claims to
# make cleaning faster must leave the hash as it was). Usage: bench/clean-bench.sh DIR [ROUNDS] [RULES_FILE]
set -e
dir=$(cd "$1" && pwd)
shift
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
	org.newsexport.bench.CleanBench "$dir" "$@"

#!/bin/sh
# Runs a program of src/bench/java by its class name, e.g. `bench/run.sh RuleCost config/cleaning-rules.yml DIR`:
# compiles it with the tests (./mvnw test-compile; MAVEN_ARGS=-o for offline) and runs it from the project folder, so
# relative paths in its arguments are relative to that folder. JAVA_HOME picks the JDK; JAVA_OPTS are passed on
# (e.g. JAVA_OPTS=-Xmx64m). Usage: bench/run.sh CLASS [ARG...]
set -e
if [ $# -eq 0 ]; then
	echo "usage: bench/run.sh CLASS [ARG...]: one of" $(cd "$(dirname "$0")/../src/bench/java" &&
		grep -rl 'static void main' . | sed 's|.*/||; s|\.java$||' | sort) >&2
	exit 2
fi
cd "$(dirname "$0")/.."
file=$(find src/bench/java -name "$1.java" | head -n 1)
if [ -z "$file" ]; then
	echo "bench/run.sh: no program '$1' in src/bench/java" >&2
	exit 2
fi
class=$(echo "${file#src/bench/java/}" | sed 's|\.java$||; s|/|.|g')
shift
mkdir -p target
if ! ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
	> target/bench-build.log 2>&1; then
	cat target/bench-build.log >&2
	echo "bench/run.sh: the build failed (./mvnw -B -q test-compile)" >&2
	exit 1
fi
java=java
if [ -n "$JAVA_HOME" ]; then
	java=$JAVA_HOME/bin/java
fi
# shellcheck disable=SC2086
exec "$java" $JAVA_OPTS -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" "$class" "$@"

#!/bin/sh
# The small scheduled run's start-up: bin/news-export run of seeds/ into a temporary folder, ROUNDS times with a new
# job repository and ROUNDS times with the one the first round made; wall and CPU time (user + sys) of each run, their
# median and min, and the load average before each round (the figures of a busy machine are not an idle one's).
# Usage: bench/startup-bench.sh [ROUNDS]   (JAVA_HOME picks the JDK, JAVA_OPTS are passed on, as to the launcher)
set -e
rounds=${1:-5}
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/news-export-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One run: prints "wall cpu" in seconds.
one() {
	/usr/bin/time -f '%e %U %S' -o "$work/time" env JAVA_OPTS="$JAVA_OPTS -Dnews-export.data=$1" \
		bin/news-export run --input seeds --output "$work/output" > "$work/stdout" 2>&1 || {
		cat "$work/stdout" >&2
		exit 1
	}
	awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

# The median and min of the numbers on stdin.
stats() {
	sort -n | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
		printf "median %.2f s (min %.2f s)", m, v[1] }'
}

for kind in new existing; do
	: > "$work/$kind"
	i=0
	while [ "$i" -lt "$rounds" ]; do
		i=$((i + 1))
		load=$(cut -d ' ' -f 1-3 /proc/loadavg)
		if [ "$kind" = new ]; then
			rm -rf "$work/data"
		elif [ "$i" = 1 ]; then
			one "$work/data" > /dev/null # a repository as a first run leaves it
		fi
		figures=$(one "$work/data")
		echo "$figures" >> "$work/$kind"
		echo "$kind repository, run $i: wall ${figures% *} s, cpu ${figures#* } s, load $load"
	done
	echo "$kind repository: wall $(cut -d ' ' -f 1 "$work/$kind" | stats), cpu $(cut -d ' ' -f 2 "$work/$kind" | stats)"
done
grep -h 'COMPLETED' "$work/stdout"

#!/bin/sh
# tests/fuzz/run.sh: run each libFuzzer harness for a while (make fuzz).
#
# Usage: run.sh BUILDDIR SECONDS HARNESS...
# Each harness starts from a seed corpus made here from the project's own
# test files and samples, plus its regression corpus tests/fuzz/regress/
# HARNESS, and keeps what it learns in BUILDDIR/corpus-HARNESS.  Prints per
# harness the executions, the corpus size and what it found; a crash,
# leak or timeout is saved as BUILDDIR/HARNESS-crash-* (copy it into the
# regression corpus with a name that says what it is) and fails the run.
set -u
dir=$1
secs=$2
shift 2
found=0
for h in "$@"; do
	seed=$dir/seed-$h
	corpus=$dir/corpus-$h
	rm -rf "$seed"
	mkdir -p "$seed" "$corpus" "tests/fuzz/regress/$h"
	case $h in
	csv|metrics)
		for f in tests/data/*.csv samples/*.csv; do
			b=$(basename "$f" .csv)
			if [ "$h" = csv ]; then
				printf ',\001\007' > "$seed/$b"
				head -c 8192 "$f" >> "$seed/$b"
			else
				head -c 8192 "$f" > "$seed/$b"
			fi
		done ;;
	time)
		printf '\001%s\n' '2026-01-02 10:00' '2026-01-02T10:00:00Z' \
		    '01/02/2026 10:00 AM' '02.01.2026 10:00' \
		    'Tue Jan 02 10:00:00 +0000 2026' '1767348000' \
		    '29/2/2016 01:16' > "$seed/detect"
		printf '\000%s\n%s\n' '%d-%m-%Y %H:%M' '02-01-2026 10:00' \
		    > "$seed/custom" ;;
	rules)
		cp samples/rules.conf "$seed/default.rules"
		for f in tests/data/*.rules tests/bench/bench.rules; do
			cp "$f" "$seed/$(basename "$f")"
		done ;;
	esac
	"$dir/fuzz_$h" -max_total_time="$secs" -timeout=20 \
	    -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
	    -artifact_prefix="$dir/$h-" "$corpus" "$seed" \
	    "tests/fuzz/regress/$h" > "$dir/$h.log" 2>&1
	st=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/$h.log")
	n=$(ls "$corpus" | wc -l)
	crashes=$(ls "$dir" | grep -c "^$h-\(crash\|leak\|timeout\|oom\)")
	echo "$h: ${runs:-?} executions in $secs s, corpus $n inputs," \
	    "$crashes found (exit $st)"
	[ "$st" -eq 0 ] && [ "$crashes" -eq 0 ] || found=1
done
[ "$found" -eq 0 ] || { echo "fuzz: something was found; see $dir/*.log"; exit 1; }

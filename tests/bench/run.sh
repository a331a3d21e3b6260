#!/bin/sh
# tests/bench/run.sh: the benchmark behind `make bench` (not a test: it
# asserts nothing about speed, it measures).
#
# Usage: run.sh GRIPE BENCHDIR [ROWS [RUNS]]
#
# Generates BENCHDIR/tickets-ROWS.csv once with gen (seeded, so the same
# bytes everywhere), then runs each command RUNS times (default 3) under
# measure and prints, per command, the median wall time, the input rate,
# the largest peak RSS and the ratio of the median to the floor's median
# measured in this same run.
set -eu
LC_ALL=C
export LC_ALL
gripe=$1
dir=$2
rows=${3:-1000000}
runs=${4:-3}
rules=tests/bench/bench.rules
data=$dir/tickets-$rows.csv

. tests/bench/lib.sh

ensure_data
bytes=$(wc -c < "$data")

printf '%s rows, %s bytes, %s runs each (median)\n' "$rows" "$bytes" "$runs"
printf '%-10s %9s %9s %9s %9s\n' command seconds MB/s peak_MB ratio
floor=
for name in floor classify metrics report; do
	case $name in
	floor)		set -- "$dir/floor" "$data" ;;
	classify)	set -- "$gripe" classify -r "$rules" "$data" ;;
	metrics)	set -- "$gripe" metrics -r "$rules" --by category \
			    -m cases,resolved_rate,ttr_p50,ttr_p90,churn_rate \
			    "$data" ;;
	report)		set -- "$gripe" report "$data" ;;
	esac
	r=$(measure "$@")
	t=${r% *}
	[ -n "$floor" ] || floor=$t
	echo "$name $t ${r#* } $bytes $floor" | awk '{ printf "%-10s %9.3f %9.1f %9.1f %9.2f\n",
	    $1, $2, $4 / 1e6 / ($2 > 0 ? $2 : 1e-9), $3, $2 / ($5 > 0 ? $5 : 1e-9) }'
done

# Memory follows cases and customers, not text: metrics on the same
# ROWS/4 tickets with bodies as generated and with bodies eight times
# longer should peak at the same RSS.
trows=$((rows / 4))
printf '\nmetrics on %s rows, longer bodies: peak RSS should not grow\n' "$trows"
printf '%-10s %9s %9s %9s\n' bodies bytes seconds peak_MB
for k in 1 8; do
	tdata=$dir/tickets-$trows-x$k.csv
	if [ ! -s "$tdata" ]; then
		"$dir/gen" "$trows" "$k" > "$tdata.tmp" && mv "$tdata.tmp" "$tdata"
	fi
	cat "$tdata" > /dev/null
	r=$(measure "$gripe" metrics -r "$rules" --by category \
	    -m cases,resolved_rate,ttr_p50,ttr_p90,churn_rate "$tdata")
	echo "x$k $(wc -c < "$tdata") $r" | awk '{ printf "%-10s %9d %9.3f %9.1f\n", $1, $2, $3, $4 }'
done

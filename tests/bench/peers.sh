#!/bin/sh
# tests/bench/peers.sh: the bench's metrics workload (15 rules, then per
# category cases, resolved rate, ttr p50 and p90, churn rate) through the
# peers found on this machine, beside gripe measured in the same run:
# DuckDB (npm @duckdb/node-api, in BENCHDIR/peers/node_modules or any
# node_modules node finds), Miller (mlr) and python3.  Prints per command
# the median wall time, MB/s, peak RSS and gripe's time divided by the
# peer's (below 1: gripe is faster), and checks that each peer's table
# is gripe's, byte for byte (Miller: without churn_rate, which its verbs
# do not compute per distinct customer).  Not a test; nothing is
# installed: `npm install --prefix BENCHDIR/peers @duckdb/node-api` and
# `apt-get install miller` add those peers.
#
# Usage: peers.sh GRIPE BENCHDIR [ROWS [RUNS]]
set -eu
LC_ALL=C
TZ=UTC
export LC_ALL TZ
gripe=$1
dir=$2
rows=${3:-1000000}
runs=${4:-3}
rules=tests/bench/bench.rules
data=$dir/tickets-$rows.csv
. tests/bench/lib.sh

ensure_data
bytes=$(wc -c < "$data")
mkdir -p "$dir/peers"

# The Miller program: the rules as one if/elif chain, then the derived
# fields; stats1 does the rest.
mlr_program() {
	awk '/^\[/ { on = ($0 ~ /^\[category\]/) } on && /^[a-z_]+ +\// {
		label = $1; sub(/^[a-z_]+ +\//, ""); sub(/\/i$/, "")
		gsub(/"/, "\\\"")
		printf "%sif ($subject =~ \"%s\"i || $body =~ \"%s\"i) { " \
		    "cat = \"%s\" }\n", n++ ? "el" : "", $0, $0, label }
		END { print "$category = cat;" }' "$rules"
	cat <<'MLR'
t0 = strptime($created_at, "%Y-%m-%d %H:%M:%S");
if ($closed_at != "") {
  h = (strptime($closed_at, "%Y-%m-%d %H:%M:%S") - t0) / 3600;
  $res = 1; $ttr = h >= 0 ? h : "";
} elif ($status =~ "^(resolved|closed|solved|done|completed)$"i) {
  $res = 1; $ttr = 0;
} else {
  $res = 0; $ttr = "";
}
MLR
}

found=
printf '%s rows, %s bytes, %s runs each (median)\n' "$rows" "$bytes" "$runs"
printf '%-10s %9s %9s %9s %13s\n' command seconds MB/s peak_MB gripe/peer
for name in gripe duckdb miller python3; do
	out=$dir/peers/$name.csv
	case $name in
	gripe)	set -- "$gripe" metrics -f csv -r "$rules" --by category \
		    -m cases,resolved_rate,ttr_p50,ttr_p90,churn_rate "$data" ;;
	duckdb)	command -v node > /dev/null || continue
		cp tests/bench/peer-duckdb.mjs "$dir/peers/"
		(cd "$dir/peers" && node -e \
		    'require.resolve("@duckdb/node-api")' 2> /dev/null) ||
		    continue
		set -- node "$dir/peers/peer-duckdb.mjs" "$rules" "$data" ;;
	miller)	command -v mlr > /dev/null || continue
		{ echo 'cat = "(none)";'; mlr_program; } > "$dir/peers/bench.mlr"
		set -- mlr --icsv --ocsv put -f "$dir/peers/bench.mlr" \
		    then stats1 -i -a count,mean,p50,p90 -f res,ttr \
		    -g category then put '$cases = $res_count;
		    $resolved_rate = fmtnum($res_mean, "%.4f");
		    $ttr_p50 = fmtnum($ttr_p50, "%.2f");
		    $ttr_p90 = fmtnum($ttr_p90, "%.2f")' \
		    then cut -o -f category,cases,resolved_rate,ttr_p50,ttr_p90 \
		    then sort -nr cases -f category "$data" ;;
	python3) command -v python3 > /dev/null || continue
		set -- python3 tests/bench/peer.py "$rules" "$data" ;;
	esac
	r=$(MEASURE_OUT=$out measure "$@")
	t=${r% *}
	[ "$name" != gripe ] || g=$t
	[ "$name" = gripe ] || found="$found $name"
	echo "$name $t ${r#* } $bytes $g" | awk '{ printf "%-10s %9.3f %9.1f %9.1f %13.2f\n",
	    $1, $2, $4 / 1e6 / ($2 > 0 ? $2 : 1e-9), $3, $5 / ($2 > 0 ? $2 : 1e-9) }'
done
[ -n "$found" ] || echo "no peer found (node with @duckdb/node-api, mlr," \
    "python3)"
for name in $found; do
	if [ "$name" = miller ]; then
		cut -d, -f1-5 "$dir/peers/gripe.csv" | cmp -s - \
		    "$dir/peers/miller.csv" && s=same || s=DIFFERENT
	else
		cmp -s "$dir/peers/gripe.csv" "$dir/peers/$name.csv" &&
		    s=same || s=DIFFERENT
	fi
	echo "$name: $s table as gripe's"
done

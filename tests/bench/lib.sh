# tests/bench/lib.sh: what run.sh and peers.sh share (sourced; needs
# $dir, where gen and measure are, $runs, $rows and $data).

# generate the seeded log of $rows rows into $data once, then read it
# once so that every command, the floor first, finds it in the page cache
ensure_data() {
	if [ ! -s "$data" ]; then
		echo "generating $rows rows into $data" >&2
		"$dir/gen" "$rows" > "$data.tmp" && mv "$data.tmp" "$data"
	fi
	cat "$data" > /dev/null
}

# median of the first column, max of the second, over stdin lines
summarize() {
	sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
	    END { n = NR
		if (n % 2) med = t[(n + 1) / 2]
		else med = (t[n / 2] + t[n / 2 + 1]) / 2
		printf "%.3f %.1f\n", med, m }'
}

# measure COMMAND...: "median-seconds max-MB" of $runs runs; exits when
# the command fails (call it in $(...) under set -e)
measure() {
	i=0
	res=
	while [ "$i" -lt "$runs" ]; do
		x=$("$dir/measure" "$@") || {
			echo "bench: failed: $*" >&2
			exit 1
		}
		res="$res$x
"
		i=$((i + 1))
	done
	printf '%s' "$res" | summarize
}

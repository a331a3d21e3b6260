#!/bin/sh
# tests/run.sh: every test; the last line is "N passed, N failed".
#
# Runs the unit test binaries given as arguments, the CLI cases, the
# bad-input corpus (tests/bad), the man page lint and the checks on the
# shared real datasets, and adds up what
# each part reports on its own last line.  GRIPE is the binary under test.

set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
: "${GRIPE:=./gripe}"
log=$(mktemp "${TMPDIR:-/tmp}/gripe-check.XXXXXX") || exit 1
trap 'rm -f "$log"' EXIT INT TERM
passed=0
failed=0
skipped=0

# count OUTPUT-FILE LABEL: add the counts of a part's last line
count() {
	last=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
	if [ -z "$last" ]; then
		echo "FAIL $2: no result line (crashed?)"
		failed=$((failed + 1))
		return
	fi
	p=$(echo "$last" | sed -E 's/^([0-9]+) passed.*/\1/')
	f=$(echo "$last" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
	s=$(echo "$last" | sed -E -n 's/.*, ([0-9]+) skipped.*/\1/p')
	passed=$((passed + p))
	failed=$((failed + f))
	skipped=$((skipped + ${s:-0}))
}

for u in "$@"; do
	"$u" > "$log" 2>&1
	st=$?
	grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$log"
	count "$log" "$(basename "$u")"
	if [ $st -ne 0 ] && ! grep -q '^FAIL' "$log"; then
		echo "FAIL $(basename "$u"): exit status $st"
		failed=$((failed + 1))
	fi
done

sh tests/cli/run.sh "$GRIPE" > "$log" 2>&1
grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$log"
count "$log" "cli"

# the bad-input corpus: nasty inputs, each with its exit status and
# messages (same case format as tests/cli)
sh tests/cli/run.sh "$GRIPE" tests/bad/*.t > "$log" 2>&1
grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$log"
count "$log" "bad"

sh tests/man.sh "$GRIPE" > "$log" 2>&1
grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$log"
count "$log" "man"

sh tests/datasets.sh "$GRIPE" > "$log" 2>&1
grep -v -E '^[0-9]+ passed, [0-9]+ failed' "$log"
count "$log" "datasets"

if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]

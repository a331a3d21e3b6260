#!/bin/sh
# tests/cli/run.sh: run the CLI cases tests/cli/*.t against a fresh build.
#
# A case file: lines starting with '#' before the first section say what
# the case proves; then sections opened by a line "@@ NAME":
#   @@ cmd      one shell line (gripe is the binary under test)
#   @@ stdin    bytes fed to the command (default: none)
#   @@ stdout   expected standard output (default: empty)
#   @@ stderr   expected standard error (default: empty)
#   @@ status   expected exit status (default: 0)
#   @@ needs    programs the case needs besides gripe (missing: skipped)
# Each case runs in a fresh temporary directory holding data/ (tests/data),
# samples/ and, when found, datasets/ (the shared real exports), with
# LC_ALL=C and TZ=UTC, killed after $GRIPE_CASE_TIMEOUT seconds (300).
# Outputs are compared byte for byte; a mismatch shows diff -u.
# GRIPE_UPDATE=1 rewrites the expectations for review.
#
# Usage: run.sh GRIPE_BINARY [CASE.t ...]; prints "N passed, N failed".

set -u
LC_ALL=C
export LC_ALL
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$1
shift
case $bin in /*) ;; *) bin=$root/$bin ;; esac
[ $# -gt 0 ] || set -- "$root"/tests/cli/*.t

datasets=${GRIPE_DATASETS:-$root/../shared/datasets}
work=$(mktemp -d "${TMPDIR:-/tmp}/gripe-cli.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/bin"
ln -s "$bin" "$work/bin/gripe"

passed=0
failed=0
skipped=0

# A case that runs longer than this (seconds) is killed and fails: a
# hang is a bug.
case_timeout=${GRIPE_CASE_TIMEOUT:-300}
limit=
command -v timeout > /dev/null 2>&1 && limit="timeout $case_timeout"

# section FILE NAME: print the body of section NAME of FILE
section() {
	awk -v want="$2" '
		/^@@ / { cur = substr($0, 4); next }
		cur == want { print }
	' "$1"
}

has_section() {
	grep -q "^@@ $2\$" "$1"
}

for t in "$@"; do
	name=$(basename "$t" .t)
	dir=$work/case
	rm -rf "$dir"
	mkdir "$dir"
	ln -s "$root/tests/data" "$dir/data"
	ln -s "$root/samples" "$dir/samples"
	if grep -q 'datasets/' "$t"; then
		if [ ! -d "$datasets" ]; then
			echo "skipped: $name: no shared datasets at $datasets"
			skipped=$((skipped + 1))
			continue
		fi
		ln -s "$(cd "$datasets" && pwd)" "$dir/datasets"
	fi
	missing=
	for prog in $(section "$t" needs); do
		command -v "$prog" > /dev/null 2>&1 || missing=$prog
	done
	if [ -n "$missing" ]; then
		echo "skipped: $name: $missing is not installed"
		skipped=$((skipped + 1))
		continue
	fi
	section "$t" cmd > "$work/cmd"
	section "$t" stdout > "$work/want.out"
	section "$t" stderr > "$work/want.err"
	want_status=$(section "$t" status)
	[ -n "$want_status" ] || want_status=0
	if has_section "$t" stdin; then
		section "$t" stdin > "$work/stdin"
	else
		: > "$work/stdin"
	fi
	(cd "$dir" && PATH="$work/bin:$PATH" LC_ALL=C TZ=UTC \
	    $limit sh "$work/cmd" < "$work/stdin" > "$work/got.out" \
	    2> "$work/got.err")
	status=$?
	[ "$status" -ne 124 ] || [ -z "$limit" ] ||
	    echo "FAIL $name: still running after $case_timeout s: killed"
	if [ "${GRIPE_UPDATE:-0}" = 1 ]; then
		awk '/^@@ (stdout|stderr|status)$/ { skip = 1; next }
		     /^@@ / { skip = 0 }
		     !skip { print }' "$t" > "$work/new"
		{ [ -s "$work/got.out" ] && { echo "@@ stdout"; cat "$work/got.out"; }
		  [ -s "$work/got.err" ] && { echo "@@ stderr"; cat "$work/got.err"; }
		  [ "$status" -ne 0 ] && { echo "@@ status"; echo "$status"; }
		} >> "$work/new"
		cp "$work/new" "$t"
	fi
	ok=1
	if ! cmp -s "$work/want.out" "$work/got.out"; then
		echo "FAIL $name: stdout differs"
		diff -u "$work/want.out" "$work/got.out" | head -40
		ok=0
	fi
	if ! cmp -s "$work/want.err" "$work/got.err"; then
		echo "FAIL $name: stderr differs"
		diff -u "$work/want.err" "$work/got.err" | head -40
		ok=0
	fi
	if [ "$status" != "$want_status" ]; then
		echo "FAIL $name: status $status, expected $want_status"
		ok=0
	fi
	if [ $ok = 1 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]

#!/bin/sh
# tests/man.sh: the man pages are clean mdoc and tell every command and
# option that --help does.  Prints "N passed, N failed".

set -u
bin=$1
case $bin in /*) ;; */*) ;; *) bin=./$bin ;; esac
passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL man: $*"; failed=$((failed + 1)); }

for page in man/*.[1-9]; do
	out=$(mandoc -T lint -W warning "$page" 2>&1)
	if [ -z "$out" ]; then ok; else bad "$page: $out"; fi
done

# every command in 'gripe -h' has a man page entry and a working --help
for c in $("$bin" -h | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'); do
	if grep -q "^\.Cm $c\$" man/gripe.1; then ok; else
		bad "gripe.1 does not describe command $c"; fi
	if "$bin" "$c" --help > /dev/null 2>&1; then ok; else
		bad "gripe $c --help fails"; fi
	# every long option in the command's help is in the man page
	for o in $("$bin" "$c" --help | grep -o -E -- '--[a-z][a-z-]*' | sort -u); do
		if grep -q -E "^\.(It|Op) Fl \\\\-?${o#--}|Fl \\\\-${o#--}" man/gripe.1 ||
		    grep -q -E "Fl -${o#--}" man/gripe.1; then
			ok
		else
			bad "gripe.1 lacks option $o of $c"
		fi
	done
done
# every example in EXAMPLES runs from the top of the tree and exits 0; the
# output shown under a command (less its "gripe:" lines, which are
# stderr) is what it prints
root=$(pwd)
case $bin in /*) abs=$bin ;; *) abs=$root/$bin ;; esac
ex=$(mktemp -d "${TMPDIR:-/tmp}/gripe-man.XXXXXX") || exit 1
trap 'rm -rf "$ex"' EXIT INT TERM
mkdir "$ex/bin" "$ex/run"
ln -s "$abs" "$ex/bin/gripe"
ln -s "$root/tests" "$ex/run/tests"
ln -s "$root/samples" "$ex/run/samples"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/gripe.1 |
    sed -e 's/^\.Dl //' -e 's/\\e/\\/g' -e 's/\\&//g' |
    awk -v dir="$ex" '
	/^\$ / { n++; cmd = dir "/cmd" n; want = dir "/want" n
		  print substr($0, 3) > cmd; close(cmd)
		  printf "" > want; close(want); inblk = 1; next }
	/^\./ { inblk = 0; next }
	inblk && !/^gripe:/ { print >> want; close(want) }'
i=1
while [ -f "$ex/cmd$i" ]; do
	c=$(cat "$ex/cmd$i")
	if (cd "$ex/run" && PATH="$ex/bin:$PATH" LC_ALL=C TZ=UTC \
	    sh "$ex/cmd$i" > "$ex/got$i" 2> /dev/null); then
		if [ -s "$ex/want$i" ] && ! cmp -s "$ex/want$i" "$ex/got$i"; then
			bad "example '$c' prints other output"
			diff -u "$ex/want$i" "$ex/got$i" | head -10
		else
			ok
		fi
	else
		bad "example '$c' fails"
	fi
	i=$((i + 1))
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

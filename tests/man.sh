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
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

# a state refuses other rules or options (exit 2, naming the first
# difference) but not another layout of the file (--col); merging states
# of other keys fails and writes nothing; a damaged, truncated, empty or
# foreign file, another format version, a missing file or a directory is
# an error (exit 1); states are not read from standard input; a run that
# fails leaves the previous state byte for byte as it was and no
# temporary file; a full disk is a write error
@@ cmd
gripe metrics --save-state s.state data/events.csv > /dev/null || exit 1;cp s.state keep.state;echo "== other options"; gripe metrics --state s.state --repeat-window 7d; echo "exit $?";gripe metrics --state s.state --resolved '^done$'; echo "exit $?";gripe metrics --state s.state -r data/test.rules; echo "exit $?";echo "== same options, other layout of the file"; gripe metrics --state s.state --col text=text -m cases; echo "exit $?";echo "== merge of other keys"; gripe metrics --tz Europe/Paris --save-state p.state data/events.csv > /dev/null; gripe merge --save-state m.state s.state p.state; echo "exit $?"; ls m.state 2>&1;echo "== damaged"; cp s.state d.state; printf 'Z' | dd of=d.state bs=1 seek=300 conv=notrunc 2>/dev/null; gripe metrics --state d.state; echo "exit $?";head -c 100 s.state > t.state; gripe metrics --state t.state; echo "exit $?";: > e.state; gripe metrics --state e.state; echo "exit $?";gripe metrics --state data/events.csv; echo "exit $?";cp s.state v.state; printf '\011' | dd of=v.state bs=1 seek=8 conv=notrunc 2>/dev/null; gripe metrics --state v.state; echo "exit $?";gripe metrics --state nosuch.state; echo "exit $?";gripe metrics --state .; echo "exit $?";gripe merge --save-state m.state - < s.state; echo "exit $?";gripe merge s.state; echo "exit $?";echo "== a failed run leaves the old state whole"; gripe metrics --save-state s.state data/unterminated.csv > /dev/null; echo "exit $?"; cmp s.state keep.state && echo "unchanged";gripe metrics --save-state nodir/x.state data/events.csv > /dev/null; echo "exit $?";gripe metrics --save-state /dev/full data/events.csv > /dev/null; echo "exit $?";ls *.state
@@ stdout
== other options
exit 2
exit 2
exit 2
== same options, other layout of the file
group  cases
-----  -----
all        4
note: as of 2026-03-11T12:00:00Z (the latest time in the data)
exit 0
== merge of other keys
exit 2
ls: cannot access 'm.state': No such file or directory
== damaged
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
== a failed run leaves the old state whole
exit 1
unchanged
exit 1
exit 1
d.state
e.state
keep.state
p.state
s.state
t.state
v.state
@@ stderr
gripe: s.state: the state was built with different repeat-window: '2592000s' in it, '604800s' here
gripe: hint: give the rules and options the state was built with, or build a new state
gripe: s.state: the state was built with different resolved: '(default)' in it, '^done$' here
gripe: hint: give the rules and options the state was built with, or build a new state
gripe: s.state: the state was built with different rules: '6d7c0cf2f6702399' in it, '16395d3857e64334' here
gripe: hint: give the rules and options the state was built with, or build a new state
gripe: p.state: the state was built with different tz: 'Europe/Paris' in it, 'UTC' in s.state
gripe: hint: states merge only when built with the same rules and options
gripe: d.state: the state is damaged (its checksum does not match)
gripe: hint: build it again, or use an earlier copy
gripe: t.state: the state is damaged (its checksum does not match)
gripe: hint: build it again, or use an earlier copy
gripe: e.state: not a gripe state
gripe: hint: states are written by --save-state and gripe merge
gripe: data/events.csv: not a gripe state
gripe: hint: states are written by --save-state and gripe merge
gripe: v.state: a state of format version 9; this gripe reads version 1
gripe: hint: build the state again from its logs
gripe: nosuch.state: No such file or directory
gripe: .: is a directory
gripe: a state is read from a file, not from standard input
gripe: --save-state is required: where the merged state goes
gripe: data/unterminated.csv:3: unterminated quoted field (field 3 runs to the end of the input)
gripe: nodir/x.state: No such file or directory
gripe: /dev/full: write error: No space left on device

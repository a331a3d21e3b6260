# the state format, byte for byte: the state of data/events.csv with
# data/test.rules must be the golden dump data/events.state.o1 (octal,
# od -to1), every integer little-endian, so a change of format shows here
# and needs a new version; the golden bytes, rebuilt from the dump as any
# machine would read them, render the same figures as the log itself; so
# does the state of the same log written by an earlier gripe (its values
# in another order), data/events-earlier.state.o1
@@ cmd
gripe metrics -r data/test.rules --save-state g.state data/events.csv > /dev/null; od -An -to1 -v g.state | cmp - data/events.state.o1 && echo "same bytes as the golden"; od -An -tx1 -j 8 -N 4 g.state; printf "$(sed 's/ \([0-7][0-7]*\)/\\\1/g' data/events.state.o1 | tr -d '\n')" > r.state; cmp r.state g.state && echo "rebuilt"; gripe metrics -r data/test.rules --by category -m cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate -f csv --state r.state; gripe metrics -r data/test.rules --by category -m cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate -f csv data/events.csv; printf "$(sed 's/ \([0-7][0-7]*\)/\\\1/g' data/events-earlier.state.o1 | tr -d '\n')" > e.state; gripe metrics -r data/test.rules --by category -m cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate -f csv --state e.state
@@ stdout
same bytes as the golden
 01 00 00 00
rebuilt
category,cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate
billing,2,0.5000,4.00,0.0000,0.5000
delivery,1,1.0000,72.00,1.0000,0.0000
other,1,0.0000,,0.0000,0.0000
category,cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate
billing,2,0.5000,4.00,0.0000,0.5000
delivery,1,1.0000,72.00,1.0000,0.0000
other,1,0.0000,,0.0000,0.0000
category,cases,resolved_rate,ttr_p50,reopen_rate,escalation_rate
billing,2,0.5000,4.00,0.0000,0.5000
delivery,1,1.0000,72.00,1.0000,0.0000
other,1,0.0000,,0.0000,0.0000

# at risk, worked by hand on data/events.csv as of Mar 11 12:00: u1 has an
# open case (K3) but churned, so is left out; u2's K2 was reopened but is
# resolved again, and has no signal: not at risk; u3's K4 is open (0h).
# Without a customer column nobody can be listed.
@@ cmd
gripe atrisk -r data/test.rules -f csv --customers data/customers.csv data/events.csv; gripe atrisk -r data/test.rules data/tickets.csv --col customer= | tail -1
@@ stdout
customer,value,case,opened,age,state,signals,open_cases
u3,,K4,2026-03-11T12:00:00Z,0.00,open,,1
note: no customer column: nobody to list (map one with --col customer=HEADER)

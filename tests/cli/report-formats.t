# the report as one JSON document (every table with its title and notes)
# and as markdown ready to mail
@@ cmd
gripe report -r data/test.rules -f json --customers data/customers.csv data/events.csv | head -3; gripe report -r data/test.rules -f markdown --customers data/customers.csv data/events.csv | head -16
@@ stdout
{"tables":[
{"title":"headline, 2026-W10","notes":["each period is measured as of its own end; change = this - previous, in the unit shown","no SLA figures: give --sla, e.g. --sla 48h","the report period is 2026-W10, the last complete week before as of 2026-03-11T12:00:00Z (the latest time in the data)"],"rows":[
{"metric":"cases","this":2,"previous":0,"change":2,"trend":"↑","unit":"cases"},
### headline, 2026-W10

| metric | this | previous | change | trend | unit |
| --- | ---: | ---: | ---: | --- | --- |
| cases | 2 | 0 | 2 | ↑ | cases |
| resolved_rate | 100.0% | n/a | n/a | n/a | rate |
| ttr_p50 | 38.00 | n/a | n/a | n/a | hours |
| frt_p50 | 12.50 | n/a | n/a | n/a | hours |
| escalation_rate | 0.0% | n/a | n/a | n/a | rate |
| reopen_rate | 50.0% | n/a | n/a | n/a | rate |
| csat_mean | 3.50 | n/a | n/a | n/a | score |
| churn_rate | 0.0% | n/a | n/a | n/a | rate |

_note: each period is measured as of its own end; change = this - previous, in the unit shown_

_note: no SLA figures: give --sla, e.g. --sla 48h_

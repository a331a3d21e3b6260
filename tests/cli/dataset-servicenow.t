# the ServiceNow event log: ? as missing with --na, day-first times, resolved_at as closed
@@ cmd
gripe check -f tsv --na '?' datasets/incident-event-log/incident_event_log_original_format.csv | cut -f2-; gripe check datasets/incident-event-log/incident_event_log_original_format.csv 2>&1 | head -1
@@ stdout
records	used	rejected	first	last
198	198	0	2016-02-29T01:23:00Z	2016-04-17T15:07:00Z
gripe: datasets/incident-event-log/incident_event_log_original_format.csv:175: bad time (column 'resolved_at', value "?")

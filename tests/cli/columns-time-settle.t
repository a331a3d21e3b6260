# columns settles day/month like check: resolved_at alone is ambiguous, opened_at says day first; a given --time-format is shown as such
@@ cmd
gripe columns -f tsv --na '?' data/na.csv | cut -f2,8; gripe columns -f tsv --time-format time=%d/%m/%Y data/ambiguous.csv | cut -f2,8
@@ stdout
header	time_format
number	
state	
opened_at	%d-%m-%Y %H:%M
resolved_at	%d-%m-%Y %H:%M
caller_id	
header	time_format
id	
date	%d/%m/%Y (--time-format)
text	

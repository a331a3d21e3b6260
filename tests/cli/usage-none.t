# no command: usage on stderr, status 2
@@ cmd
gripe
@@ stderr
usage: gripe [-hV] command [options] [file ...]

commands:
  atrisk     customers to follow up now: open cases, threats, not churned
  check      read a log as the analyses will; count what is used and rejected
  churn      churn by category, by outcome, and the service-recovery table
  classify   write the log back as CSV with a label column per dimension
  columns    show each column's role, empty share, samples and time format
  discover   the most frequent n-grams of rows the rules miss
  merge      join states saved by --save-state (from disjoint customers)
  metrics    resolution metrics of cases, grouped by any keys
  report     the weekly report: headline, issues, resolution, churn, at risk
  rules      show the rules, or check them and grade them on data
  split      write a log into N shards by customer, for parallel runs
  trend      cases per label and period; rising and new issues

'gripe COMMAND -h' shows a command's options; 'man gripe' tells all.
@@ status
2

# an unknown role is a usage error listing the roles
@@ cmd
gripe columns --col when=Created data/tickets.csv
@@ stderr
gripe: unknown role 'when' in --col 'when=Created'
gripe: hint: roles are case, customer, time, opened, closed, status, channel, agent, priority, direction, text, csat, churned, churn_date, label, value
@@ status
2

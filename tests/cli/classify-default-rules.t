# the built-in rules work with no setup: the sample tickets' first rows
@@ cmd
head -20 samples/tickets.csv | gripe classify -f tsv | cut -f1,13-
@@ stdout
Ticket ID	gripe_category	signal	practice
T-100001	technical		
T-100002	account_access		
T-100003	cancellation		
T-100004	billing		
T-100005	billing		
T-100006	technical		
T-100007	technical	hostile;escalation_request	
T-100008	billing		
T-100009	pricing		
T-100010	cancellation	churn_intent	
T-100011	delivery		
T-100012	billing	escalation_request	
T-100013	wait_time	escalation_request;repeat_contact	
T-100014	wait_time		
T-100015	pricing	escalation_request	

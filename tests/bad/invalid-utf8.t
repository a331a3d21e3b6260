# bytes that are not UTF-8 pass through unchanged and match no rule
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,caf\351 \377\376\n' > i.csv; gripe classify -r data/test.rules i.csv | od -An -c | tail -n +4
@@ stdout
   r   a   c   t   i   c   e  \n   K   1   ,   u   1   ,   2   0
   2   6   -   0   1   -   0   1       1   0   :   0   0   ,   o
   p   e   n   ,   c   a   f 351     377 376   ,   o   t   h   e
   r   ,   ,  \n

# CRLF and LF records in one file are both records; CR inside quotes kept
@@ cmd
printf 'case,customer,time,status,text\r\nK1,u1,2026-01-01 10:00,open,a\nK2,u1,2026-01-01 11:00,open,"b\r\nc"\r\n' > m.csv; gripe check -f csv m.csv; gripe classify -r data/test.rules m.csv | od -An -c | tail -n +4
@@ stdout
file,records,used,rejected,first,last
m.csv,2,2,0,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z
   r   a   c   t   i   c   e  \n   K   1   ,   u   1   ,   2   0
   2   6   -   0   1   -   0   1       1   0   :   0   0   ,   o
   p   e   n   ,   a   ,   o   t   h   e   r   ,   ,  \n   K   2
   ,   u   1   ,   2   0   2   6   -   0   1   -   0   1       1
   1   :   0   0   ,   o   p   e   n   ,   "   b  \r  \n   c   "
   ,   o   t   h   e   r   ,   ,  \n

# a NUL byte inside a field is kept as a byte, not the end of the field
@@ cmd
printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\000b\n' > z.csv; gripe check -f csv z.csv; gripe classify -r data/test.rules z.csv | od -An -c | tail -n +4
@@ stdout
file,records,used,rejected,first,last
z.csv,1,1,0,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z
   r   a   c   t   i   c   e  \n   K   1   ,   u   1   ,   2   0
   2   6   -   0   1   -   0   1       1   0   :   0   0   ,   o
   p   e   n   ,   a  \0   b   ,   o   t   h   e   r   ,   ,  \n

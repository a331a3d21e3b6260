# Latin-1 bytes in the header and values are kept as bytes
@@ cmd
printf 'case,time,caf\351\nK1,2026-01-01 10:00,cr\350me\n' > l.csv; gripe columns -f csv l.csv | cut -d, -f2,6 | od -An -c
@@ stdout
   h   e   a   d   e   r   ,   s   a   m   p   l   e   1  \n   c
   a   s   e   ,   K   1  \n   t   i   m   e   ,   2   0   2   6
   -   0   1   -   0   1       1   0   :   0   0  \n   c   a   f
 351   ,   c   r 350   m   e  \n

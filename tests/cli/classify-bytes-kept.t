# with no dimensions classify writes the input back: every byte of a minimally quoted LF file, multi-line quoted fields included; CRLF and needless quotes come out normalized, field bytes unchanged
@@ cmd
gripe classify -r /dev/null data/tickets.csv | cmp - data/tickets.csv && echo identical; gripe classify -r /dev/null data/crlf.csv | od -c | head -5
@@ stdout
identical
0000000   i   d   ,   c   r   e   a   t   e   d   ,   t   e   x   t  \n
0000020   1   ,   2   0   2   6   -   0   1   -   0   1   ,   "   t   w
0000040   o  \r  \n   l   i   n   e   s   "  \n   2   ,   2   0   2   6
0000060   -   0   1   -   0   2   ,   p   l   a   i   n  \n
0000075
@@ stderr
gripe: warning: the rules have no [section]: nothing is labelled
gripe: warning: the rules have no [section]: nothing is labelled

# a FIFO is read as a stream
@@ cmd
mkfifo f; (printf 'case,customer,time,status,text\nK1,u1,2026-01-01 10:00,open,a\n' > f &); gripe check -f csv f
@@ stdout
file,records,used,rejected,first,last
f,1,1,0,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z

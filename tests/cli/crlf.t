# CRLF line ends; CRLF inside a quoted field is kept
@@ cmd
gripe columns -f json data/crlf.csv | head -4
@@ stdout
[
{"column":1,"header":"id","role":"","source":"","empty":0.0000,"sample1":"1","sample2":"2","time_format":""},
{"column":2,"header":"created","role":"time","source":"auto","empty":0.0000,"sample1":"2026-01-01","sample2":"2026-01-02","time_format":"%Y-%m-%d"},
{"column":3,"header":"text","role":"text","source":"auto","empty":0.0000,"sample1":"two\r\nlines","sample2":"plain","time_format":""}

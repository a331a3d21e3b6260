# a UTF-8 byte order mark is dropped: the first header is id
@@ cmd
gripe columns -f csv data/bom.csv | cut -d, -f2,3
@@ stdout
header,role
id,
created,time

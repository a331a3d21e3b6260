# -h on gripe and on a command: usage on stdout, status 0
@@ cmd
gripe -h | head -1; gripe columns -h | head -1; gripe help check | head -1
@@ stdout
usage: gripe [-hV] command [options] [file ...]
usage: gripe columns [-h] [-d delim] [-f format] [-o file] [--col role=header]
usage: gripe check [-h] [-d delim] [-f format] [-o file] [--col role=header]

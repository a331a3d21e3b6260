# unknown option: usage on stderr, status 2
@@ cmd
gripe columns --frob data/tickets.csv
@@ stderr
gripe: unknown option '--frob'
usage: gripe columns [-h] [-d delim] [-f format] [-o file] [--col role=header]
    [--na value] [--rejects file] [--strict] [--time-format fmt]
    [--image file] [--size WxH] [--terminal name]
    [--tz zone] [file ...]
@@ status
2

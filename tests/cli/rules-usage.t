# rules needs show or check
@@ cmd
gripe rules; gripe rules frob; gripe rules show data/graded.csv
@@ stderr
usage: gripe rules show [-h] [-f format] [-o file] [-r rules]
       gripe rules check [-h] [-d delim] [-f format] [-o file] [-r rules]
    [--col role=header] [--dim name] [--label-map file] [--match-limit n]
    [--na value] [--outbound regex] [--rejects file] [--skip-bad]
    [--strict] [--where dim=label] [data ...]
gripe: unknown rules command 'frob'
usage: gripe rules show [-h] [-f format] [-o file] [-r rules]
       gripe rules check [-h] [-d delim] [-f format] [-o file] [-r rules]
    [--col role=header] [--dim name] [--label-map file] [--match-limit n]
    [--na value] [--outbound regex] [--rejects file] [--skip-bad]
    [--strict] [--where dim=label] [data ...]
gripe: rules show takes no data files
usage: gripe rules show [-h] [-f format] [-o file] [-r rules]
       gripe rules check [-h] [-d delim] [-f format] [-o file] [-r rules]
    [--col role=header] [--dim name] [--label-map file] [--match-limit n]
    [--na value] [--outbound regex] [--rejects file] [--skip-bad]
    [--strict] [--where dim=label] [data ...]
@@ status
2

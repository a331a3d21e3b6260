# chart options need -f gnuplot and are checked; nothing to draw is an
# error, not an empty picture; --image and --size reach the script
@@ cmd
gripe metrics --terminal svg data/tickets.csv; gripe metrics -f gnuplot --terminal gif data/tickets.csv; gripe metrics -f gnuplot --size 9x9 data/tickets.csv; gripe metrics -f gnuplot --size 800x500x data/tickets.csv; gripe metrics -f gnuplot --since 2030-01-01 -o out.gp data/tickets.csv; ls out.gp; gripe metrics -f gnuplot --terminal svg --size 640x400 --image "it's.svg" data/tickets.csv | grep -E '^set (terminal|output)'
@@ stdout
set terminal svg size 640,400 noenhanced font 'sans,10' background rgb 'white'
set output 'it''s.svg'
@@ stderr
gripe: --terminal is for -f gnuplot
usage: gripe metrics [-h] [-d delim] [-f format] [-j jobs] [-m metric,...]
    [-o file] [-r rules] [--activity file] [--as-of time]
    [--by key,...] [--churn-after duration] [--col role=header]
    [--customers file] [--escalated regex] [--match-limit n]
    [--na value] [--outbound regex] [--period unit] [--rejects file]
    [--repeat-window duration] [--resolved regex] [--since time]
    [--skip-bad] [--sla duration] [--sort metric] [--strict]
    [--time-format fmt] [--top n] [--tz zone] [--until time]
    [--image file] [--size WxH] [--terminal name]
    [--save-state file] [--state file] [--where dim=label]
    [file ...]
gripe: unknown terminal 'gif'
gripe: hint: terminals are pngcairo, png, svg, pdfcairo and dumb
gripe: bad --size '9x9'
gripe: hint: write width x height, as in 800x500 (each 10 to 20000)
gripe: bad --size '800x500x'
gripe: hint: write width x height, as in 800x500 (each 10 to 20000)
gripe: -f gnuplot: nothing to draw: no table with numbers and rows
ls: cannot access 'out.gp': No such file or directory

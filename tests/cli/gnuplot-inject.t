# names from the input cannot run commands or change the script: agent
# names with quotes, system(), backquotes, a macro, a backslash, EOD and a
# line break are drawn as text by every chart kind, gnuplot says nothing,
# and no file named pwned* appears; --image is quoted the same way
@@ needs
gnuplot
@@ stdin
case,customer,opened,closed,agent,churned,churn_date
1,c1,2026-03-02 10:00,2026-03-02 12:00,"evil"" ; system(""touch pwned1"") ; """,yes,2026-04-01
2,c2,2026-03-03 10:00,,`touch pwned2`,no,
3,c3,2026-03-04 10:00,2026-03-05 10:00,@x,yes,2026-03-20
4,c4,2026-03-05 10:00,2026-03-05 11:00,back\,no,
5,c5,2026-03-06 10:00,,EOD,no,
6,c6,2026-03-07 10:00,2026-03-09 10:00,"two
lines');system('touch pwned3",yes,2026-03-30
@@ cmd
cat > in.csv; for v in "metrics --by agent" "metrics --by agent -m cases,resolved_rate" "metrics --by agent,customer -m cases" "churn --by agent" "churn --by agent --survival" "trend --dim category" "columns"; do gripe $v -f gnuplot --terminal svg --image "\`touch pwned4\`.svg" in.csv > a.gp && gnuplot a.gp || echo "failed: $v"; done; ls pwned* 2>/dev/null; grep -c 'touch pwned1' a.gp; ls *.svg
@@ stdout
0
`touch pwned4`.svg

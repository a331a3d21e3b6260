# report --plots DIR writes each chart's script into DIR and, with gnuplot
# on PATH, its picture; the markdown report links them; without gnuplot
# it says so once and still writes every script
@@ needs
gnuplot
@@ cmd
gripe report -f markdown --customers samples/customers.csv --sla 48h --plots plots samples/events.csv | sed -n '/^### charts/,$p'; ls plots; for f in plots/*.png; do test "$(wc -c < $f)" -gt 5000 || echo "blank $f"; done; PATH=$(dirname "$(command -v gripe)") gripe report -f csv --plots nog samples/events.csv | sed -n '/^chart,/,$p'; ls nog
@@ stdout
### charts

| chart | script | picture |
| --- | --- | --- |
| trend | plots/trend.gp | ![trend](plots/trend.png) |
| volume | plots/volume.gp | ![volume](plots/volume.png) |
| resolution | plots/resolution.gp | ![resolution](plots/resolution.png) |
| churn | plots/churn.gp | ![churn](plots/churn.png) |
| recovery | plots/recovery.gp | ![recovery](plots/recovery.png) |
| survival | plots/survival.gp | ![survival](plots/survival.png) |
| agents | plots/agents.gp | ![agents](plots/agents.png) |
agents.gp
agents.png
churn.gp
churn.png
recovery.gp
recovery.png
resolution.gp
resolution.png
survival.gp
survival.png
trend.gp
trend.png
volume.gp
volume.png
chart,script,picture
trend,nog/trend.gp,
volume,nog/volume.gp,
resolution,nog/resolution.gp,
agents,nog/agents.gp,
agents.gp
resolution.gp
trend.gp
volume.gp
@@ stderr
gripe: gnuplot is not on PATH: wrote the scripts only

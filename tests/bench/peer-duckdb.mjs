// tests/bench/peer-duckdb.mjs: the bench's metrics workload in DuckDB (npm
// @duckdb/node-api), as a peer for `make bench-peers`: the same rules as
// one CASE over regexp_matches (first match wins, case-insensitive, in
// subject or body), then per category the cases, the resolved rate, the
// 50th and 90th percentiles of the hours to resolution (quantile_cont, as
// type 7) and the churn rate of the distinct customers; DuckDB uses every
// core.  Prints CSV.  Usage: node peer-duckdb.mjs RULES DATA (run from a
// folder whose node_modules holds @duckdb/node-api).
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

const [rulesPath, dataPath] = process.argv.slice(2);
const q = (s) => "'" + s.replaceAll("'", "''") + "'";
const whens = [];
for (const line of readFileSync(rulesPath, "utf8").split("\n")) {
  const m = line.match(/^(\w+)\s+\/(.*)\/(\w*)\s*$/);
  if (!m) continue;
  const f = m[3].includes("i") ? "'i'" : "''";
  whens.push(`WHEN regexp_matches(subject, ${q(m[2])}, ${f}) OR ` +
    `regexp_matches(body, ${q(m[2])}, ${f}) THEN ${q(m[1])}`);
}
const sql = `
WITH t AS (SELECT * FROM read_csv(${q(dataPath)}, header = true,
    all_varchar = true)),
c AS (SELECT customer_id,
    CASE ${whens.join("\n    ")} ELSE '(none)' END AS category,
    strptime(created_at, '%Y-%m-%d %H:%M:%S') AS opened,
    CASE WHEN coalesce(closed_at, '') <> ''
        THEN strptime(closed_at, '%Y-%m-%d %H:%M:%S')
      WHEN regexp_matches(status, '^(resolved|closed|solved|done|completed)$', 'i')
        THEN strptime(created_at, '%Y-%m-%d %H:%M:%S') END AS resolved
  FROM t),
cu AS (SELECT customer_id, max(CASE
    WHEN lower(churned) IN ('yes', 'true', '1', 'y') THEN 1
    WHEN lower(churned) IN ('no', 'false', '0', 'n') THEN 0 END) AS ch
  FROM t GROUP BY customer_id),
g AS (SELECT category, count(*) AS cases,
    count(resolved) / count(*) AS resolved_rate,
    quantile_cont(epoch(resolved - opened) / 3600, 0.5)
      FILTER (WHERE resolved >= opened) AS p50,
    quantile_cont(epoch(resolved - opened) / 3600, 0.9)
      FILTER (WHERE resolved >= opened) AS p90
  FROM c GROUP BY category),
k AS (SELECT DISTINCT category, customer_id FROM c),
r AS (SELECT category, count(*) FILTER (WHERE ch = 1) /
    count(*) FILTER (WHERE ch IS NOT NULL) AS churn_rate
  FROM k JOIN cu USING (customer_id) GROUP BY category)
SELECT category, cases, printf('%.4f', resolved_rate),
  printf('%.2f', p50), printf('%.2f', p90), printf('%.4f', churn_rate)
FROM g JOIN r USING (category) ORDER BY cases DESC, category`;

const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
const rows = (await con.runAndReadAll(sql)).getRows();
console.log("category,cases,resolved_rate,ttr_p50,ttr_p90,churn_rate");
for (const r of rows) console.log(r.map(String).join(","));

#!/usr/bin/env python3
# tests/bench/peer.py: the bench's metrics workload in plain Python 3, as a
# peer for `make bench-peers` (and a cross-check of gripe's numbers): the
# rules file's [category] rules, first match wins, searched in subject and
# body; per category the cases, the resolved rate (a closed time, else a
# resolved status at the row's time), the type-7 50th and 90th percentiles
# of the hours to resolution, and the churn rate of the distinct customers
# (churned if any of their rows says yes).  Prints CSV.
# Usage: peer.py RULES DATA
import csv
import re
import sys
from datetime import datetime, timezone

rules = []
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^(\w+)\s+/(.*)/(\w*)\s*$", line)
    if m:
        flags = re.I if "i" in m.group(3) else 0
        rules.append((m.group(1), re.compile(m.group(2), flags)))
resolved_re = re.compile(r"^(resolved|closed|solved|done|completed)$", re.I)
yes = {"yes", "true", "1", "y"}
no = {"no", "false", "0", "n"}


def stamp(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=timezone.utc).timestamp()


def pct(xs, p):
    if not xs:
        return ""
    h = (len(xs) - 1) * p
    lo = int(h)
    hi = min(lo + 1, len(xs) - 1)
    return "%.2f" % (xs[lo] + (h - lo) * (xs[hi] - xs[lo]))


cases, res, ttr, custs, churn = {}, {}, {}, {}, {}
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    head = next(r)
    ix = {h: i for i, h in enumerate(head)}
    isub, ibody = ix["subject"], ix["body"]
    icust, icr, icl, ist, ich = (ix["customer_id"], ix["created_at"],
                                 ix["closed_at"], ix["status"], ix["churned"])
    for row in r:
        cat = "(none)"
        for label, rx in rules:
            if rx.search(row[isub]) or rx.search(row[ibody]):
                cat = label
                break
        cases[cat] = cases.get(cat, 0) + 1
        opened = stamp(row[icr])
        done = None
        if row[icl]:
            done = stamp(row[icl])
        elif resolved_re.match(row[ist]):
            done = opened
        if done is not None:
            res[cat] = res.get(cat, 0) + 1
            if done >= opened:
                ttr.setdefault(cat, []).append((done - opened) / 3600)
        cu = row[icust]
        custs.setdefault(cat, set()).add(cu)
        v = row[ich].lower()
        if v in yes:
            churn[cu] = 1
        elif v in no and cu not in churn:
            churn[cu] = 0

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["category", "cases", "resolved_rate", "ttr_p50", "ttr_p90",
              "churn_rate"])
for cat in sorted(cases, key=lambda c: (-cases[c], c)):
    xs = sorted(ttr.get(cat, []))
    known = [churn[c] for c in custs[cat] if c in churn]
    out.writerow([cat, cases[cat], "%.4f" % (res.get(cat, 0) / cases[cat]),
                  pct(xs, 0.5), pct(xs, 0.9),
                  "%.4f" % (sum(known) / len(known)) if known else ""])

#!/bin/sh
# tests/datasets.sh: gripe on the shared real exports (never copied here).
#
# Looks for them in $GRIPE_DATASETS or ../shared/datasets and says
# "skipped" without them.  Every real export must be read by 'gripe
# columns' with no flags and exit 0, and every interaction log must get a
# time column whose format is detected (not ambiguous, not partial).
# Prints "N passed, N failed[, N skipped]".

set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
ds=${GRIPE_DATASETS:-../shared/datasets}
passed=0
failed=0
if [ ! -d "$ds" ]; then
	echo "skipped: datasets: no shared datasets at $ds"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
out=$(mktemp "${TMPDIR:-/tmp}/gripe-ds.XXXXXX") || exit 1
trap 'rm -f "$out" "$out.err"' EXIT INT TERM
ok() { passed=$((passed + 1)); }
bad() { echo "FAIL datasets: $*"; failed=$((failed + 1)); }

# file, expected time format of the time role ("" = no time column)
while read -r f want; do
	[ -n "$f" ] || continue
	p=$ds/$f
	if [ ! -f "$p" ]; then bad "$f: missing"; continue; fi
	LC_ALL=C "$bin" columns -f tsv "$p" > "$out" 2> "$out.err"
	st=$?
	if [ $st -ne 0 ]; then
		bad "$f: gripe columns exit $st: $(head -3 "$out.err")"
		continue
	fi
	ok
	got=$(awk -F '\t' 'NR > 1 && $3 ~ /(^|,)time(,|$)/ { print $8; exit }' "$out")
	if [ "$want" = "-" ]; then
		[ -z "$got" ] && ok || bad "$f: unexpected time column ($got)"
	elif [ "$got" = "$want" ]; then
		ok
	else
		bad "$f: time format '$got', expected '$want'"
	fi
done <<'LIST'
cfpb-2019/complaints.csv %Y-%m-%d
cfpb-2020/complaints.csv %Y-%m-%d
cfpb-2023/complaints.csv %d-%m-%Y
nyc311-2013/311_service_requests_2013-12-25.csv %m/%d/%Y %I:%M:%S %p
nyc311-2018/311_service_requests_dohmh_2018-01.csv %m/%d/%Y %I:%M:%S %p
nyc311-2022/311_service_requests_2022-05-01.csv %m/%d/%Y %I:%M:%S %p
nyc311-2024/service_requests.csv %Y-%m-%dT%H:%M:%S.%f
support-tickets/tickets.csv %Y-%m-%d %H:%M:%S
support-tickets-kaggle/customer_support_tickets.csv %d-%m-%Y
incident-event-log/incident_event_log_ddmmyyyy.csv %d-%m-%Y %H:%M
incident-event-log/incident_event_log_original_format.csv %d/%m/%Y %H:%M
twcs/twcs_prefix.csv %a %b %d %H:%M:%S %z %Y
telco-churn/customers.csv -
LIST

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

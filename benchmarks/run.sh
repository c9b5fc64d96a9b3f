#!/usr/bin/env bash
# Runs the website benchmark (WebsiteSimulation) against the running platform and prints a summary:
# requests/s per target, the gateway/direct ratio, and p95/p99 per request.
#
#   benchmarks/run.sh                      # 20 users per target, 10 s ramp, 60 s
#   USERS=40 DURATION=120 benchmarks/run.sh
#   GATEWAY_URL=https://localhost:8443 benchmarks/run.sh
#   benchmarks/run.sh --summary-only       # summarise the newest report again
#
# Start the platform first (deploy/local/zt up). Extra arguments go to Maven.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

users="${USERS:-20}"
ramp="${RAMP:-10}"
duration="${DURATION:-60}"
gateway_url="${GATEWAY_URL:-http://localhost:8080}"
direct_url="${DIRECT_URL:-http://127.0.0.1:8081}"

summary_only=false
if [ "${1:-}" = "--summary-only" ]; then
  summary_only=true
  shift
fi

check_answers() {
  local name="$1" url="$2"
  # -k: the local gateway's certificate comes from the self-signed test CA.
  if ! curl -fsS -k -o /dev/null --max-time 10 "$url/"; then
    echo "run.sh: the $name ($url/) does not answer; start the platform with deploy/local/zt up" >&2
    exit 2
  fi
}

summarise() {
  # Gatling 3.15 writes no js/stats.json any more: its statistics live in the table of index.html.
  local report
  report="$(find "$here/target/gatling" -mindepth 2 -maxdepth 2 -name index.html -printf '%T@ %h\n' 2>/dev/null \
    | sort -rn | head -n 1 | cut -d' ' -f2-)"
  if [ -z "$report" ]; then
    echo "run.sh: no Gatling report under $here/target/gatling" >&2
    return 1
  fi
  echo
  echo "Report: $report/index.html"
  python3 "$here/summary.py" "$report/index.html"
}

if [ "$summary_only" = true ]; then
  summarise
  exit
fi

check_answers "gateway" "$gateway_url"
check_answers "portal-service" "$direct_url"

status=0
(cd "$root" && ./mvnw -B -pl benchmarks gatling:test -Pbenchmark \
  -Dusers="$users" -Dramp="$ramp" -Dduration="$duration" \
  -DgatewayUrl="$gateway_url" -DdirectUrl="$direct_url" "$@") || status=$?

# Failed assertions (more than 1 % KO) still leave a report worth reading.
summarise || true
if [ "$status" -ne 0 ]; then
  echo "run.sh: the Gatling run failed (exit $status): see the Maven output above" >&2
fi
exit "$status"

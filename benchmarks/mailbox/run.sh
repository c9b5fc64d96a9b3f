#!/usr/bin/env bash
# Runs MailboxLifecycleSimulation (open model) and prints lifecycles per second and p95/p99.
#
#   benchmarks/mailbox/run.sh                         # 10 lifecycles/s, 10 s ramp, 60 s
#   RATE=40 DURATION=120 benchmarks/mailbox/run.sh
#   TRACK=false benchmarks/mailbox/run.sh             # the citizen rates without reading first
#   benchmarks/mailbox/run.sh --summary-only
#
# Start the services first (benchmarks/mailbox/start-services.sh) and seed the letters
# (benchmarks/mailbox/seed-letters.sh). Extra arguments go to Maven.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rate="${RATE:-10}"
ramp="${RAMP:-10}"
duration="${DURATION:-60}"
gateway_url="${GATEWAY_URL:-http://127.0.0.1:18080}"
keycloak_url="${KEYCLOAK_URL:-http://127.0.0.1:8180/auth}"
track="${TRACK:-true}"

summarise() {
  local report
  report="$(find "$root/benchmarks/target/gatling" -mindepth 2 -maxdepth 2 -path '*mailboxlifecyclesimulation-*' \
    -name index.html -printf '%T@ %h\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)"
  [ -n "$report" ] || { echo "run.sh: no MailboxLifecycleSimulation report" >&2; return 1; }
  echo
  echo "Report: $report/index.html"
  python3 "$here/summary.py" "$report/index.html" "$duration" "$ramp"
}

if [ "${1:-}" = "--summary-only" ]; then
  summarise
  exit
fi

if ! curl -fs -o /dev/null --max-time 10 "$gateway_url/actuator/health/readiness"; then
  echo "run.sh: the gateway ($gateway_url) does not answer; start it: benchmarks/mailbox/start-services.sh" >&2
  exit 2
fi

# A run on a busy machine measures the neighbours: the load before and after goes with the result.
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
status=0
(cd "$root" && ./mvnw -B -pl benchmarks gatling:test -Pbenchmark \
  -Dgatling.simulationClass=io.zhengtong.benchmarks.MailboxLifecycleSimulation \
  -Drate="$rate" -Dramp="$ramp" -Dduration="$duration" -Dtrack="$track" \
  -DgatewayUrl="$gateway_url" -DkeycloakUrl="$keycloak_url" "$@") || status=$?
summarise || true
echo "load average (1, 5, 15 min) before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$status" -eq 0 ] || echo "run.sh: the Gatling run failed (exit $status): see the Maven output above" >&2
exit "$status"

#!/usr/bin/env bash
# The document-exchange benchmark (ExchangeSimulation): one document with a 2 MB PDF body to N
# units (default 880) — the time until every inbox has it — then every unit's clerk signs for it
# (sign-for throughput, p95/p99). See benchmarks/README.md "Document exchange".
#
#   benchmarks/exchange.sh                  # units, own exchange instance, Gatling, stop the instance
#   UNITS=50 RATE=5 benchmarks/exchange.sh  # smaller, or another sign-for arrival rate (clerks/s)
#   benchmarks/exchange.sh --teardown       # also delete the benchmark units and users at the end
#   benchmarks/exchange.sh --summary-only   # summarise the newest report again
#
# It needs MariaDB, Kafka and Keycloak running (deploy/local/zt infra up) and the service jar
# (./mvnw -B -q -pl document-exchange-service -DskipTests package). It never touches the demo
# platform's data: the benchmark instance runs from that jar on its own port (18084), its own
# schema (exchange_bench), its own topics (prefix "bench.") and consumer groups, and reads the
# benchmark units (Keycloak root group zt-bench, created by exchange-units.sh) as its directory.
# EXCHANGE_URL=<url> skips starting an instance and uses that one (it must read zt-bench).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

units="${UNITS:-880}"
rate="${RATE:-5}"
port="${PORT:-18084}"
keycloak_url="${KEYCLOAK_URL:-http://127.0.0.1:8180/auth}"
jar="$root/document-exchange-service/target/document-exchange-service.jar"
log="$here/target/exchange-bench-service.log"

teardown=false
summary_only=false
case "${1:-}" in
  --teardown) teardown=true; shift ;;
  --summary-only) summary_only=true; shift ;;
esac

summarise() {
  local report
  report="$(find "$here/target/gatling" -mindepth 2 -maxdepth 2 -path '*exchangesimulation-*' -name index.html \
    -printf '%T@ %h\n' 2>/dev/null | sort -rn | head -n 1 | cut -d' ' -f2-)"
  if [ -z "$report" ]; then
    echo "exchange.sh: no ExchangeSimulation report under $here/target/gatling" >&2
    return 1
  fi
  echo
  echo "Report: $report/index.html"
  python3 "$here/summary.py" --requests "$report/index.html"
  [ ! -f "$here/target/exchange-fan-out.txt" ] || cat "$here/target/exchange-fan-out.txt"
}

if [ "$summary_only" = true ]; then
  summarise
  exit
fi

if [ -f "$root/.local-infra/secrets.env" ]; then
  set -a
  # shellcheck disable=SC1091
  . "$root/.local-infra/secrets.env"
  set +a
fi

"$here/exchange-units.sh" setup "$units"

service_pid=
stop_service() {
  [ -n "$service_pid" ] || return 0
  echo "exchange.sh: stopping the benchmark exchange instance (pid $service_pid)"
  kill "$service_pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$service_pid" 2>/dev/null || break
    sleep 1
  done
  kill -9 "$service_pid" 2>/dev/null || true
  service_pid=
}

if [ -z "${EXCHANGE_URL:-}" ]; then
  [ -f "$jar" ] || { echo "exchange.sh: $jar is missing (./mvnw -B -q -pl document-exchange-service -DskipTests package)" >&2; exit 2; }
  if curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/actuator/health"; then
    echo "exchange.sh: port $port is taken (another benchmark instance?); stop it or set EXCHANGE_URL" >&2
    exit 2
  fi
  java_home="${JAVA_HOME:-}"
  for candidate in "$java_home" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && { java_home=$candidate; break; }
  done
  mkdir -p "$here/target"
  # The JVM options of deploy/local/zt's services (heaps, GC), so the numbers are those of the local platform.
  # shellcheck source=../deploy/local/lib/services.sh
  . "$root/deploy/local/lib/services.sh"
  # shellcheck disable=SC2086 # SERVICE_JAVA_OPTS and EXCHANGE_JAVA_OPTS hold several options
  "$java_home/bin/java" $SERVICE_JAVA_OPTS ${EXCHANGE_JAVA_OPTS:-} -jar "$jar" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/exchange_bench?createDatabaseIfNotExist=true" \
    --zhengtong.demo.seed=false \
    --zhengtong.keycloak.url="$keycloak_url" \
    --zhengtong.directory.root-group=zt-bench \
    --zhengtong.events.topic-prefix=bench. \
    --zhengtong.exchange.delivery-consumer-group=bench-exchange-delivery \
    --spring.kafka.consumer.group-id=bench-document-exchange-service \
    > "$log" 2>&1 &
  service_pid=$!
  trap stop_service EXIT
  echo "exchange.sh: started the benchmark exchange instance (pid $service_pid, port $port, log $log)"
  started=$SECONDS
  # Not ready (503) until every unit has its key.
  until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 "$service_pid" 2>/dev/null || { echo "exchange.sh: the instance exited; see $log" >&2; exit 1; }
    [ $((SECONDS - started)) -lt 600 ] || { echo "exchange.sh: not ready after 600 s; see $log" >&2; exit 1; }
    sleep 2
  done
  # Unit keys are created for every directory unit when the service is ready (UnitKeyStore).
  echo "exchange.sh: instance ready after $((SECONDS - started)) s (unit keys for $((units + 2)) units included)"
  exchange_url="http://127.0.0.1:$port"
else
  exchange_url="$EXCHANGE_URL"
fi

status=0
(cd "$root" && ./mvnw -B -pl benchmarks gatling:test -Pbenchmark \
  -Dgatling.simulationClass=io.zhengtong.benchmarks.ExchangeSimulation \
  -Dunits="$units" -DsignForRate="$rate" -DexchangeUrl="$exchange_url" -DkeycloakUrl="$keycloak_url" \
  -DresultFile="$here/target/exchange-fan-out.txt" "$@") || status=$?

stop_service
summarise || true
if [ "$teardown" = true ]; then
  "$here/exchange-units.sh" teardown
fi
if [ "$status" -ne 0 ]; then
  echo "exchange.sh: the Gatling run failed (exit $status): see the Maven output above" >&2
fi
exit "$status"

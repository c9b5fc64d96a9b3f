#!/usr/bin/env bash
# Starts mailbox-service and a gateway for the lifecycle benchmark, beside (not instead of) the
# local platform: own ports, own schema, own Kafka topic prefix, so the benchmark neither touches
# the demo data nor the other services' consumers.
#
#   benchmarks/mailbox/start-services.sh          # mailbox-service :18083 on mailbox_bench, gateway :18080
#   benchmarks/mailbox/start-services.sh stop     # stops both (by the pids this script wrote)
#   SKIP_GATEWAY=1 benchmarks/mailbox/start-services.sh   # mailbox-service only
#   BENCH_DB_BUFFER_POOL=2147483648 benchmarks/mailbox/start-services.sh  # MariaDB's buffer pool at least this (bytes; default 1 GiB)
#   BENCH_MAILBOX_ARGS="--zhengtong.mailbox.supervision.reminder-cron=- --zhengtong.mailbox.statistics.snapshot-cron=-" \
#     benchmarks/mailbox/start-services.sh   # extra arguments for mailbox-service (here: no scheduled
#                                            # reminders or snapshots, for cpu_per_lifecycle.py)
#
# Needs the backing services of deploy/local/zt (MariaDB, Kafka, Keycloak) and the jars
# (./mvnw -B -pl mailbox-service,gateway package -DskipTests). Benchmark-only switches:
#   gateway:          zhengtong.rate-limit.enabled=false   (one load generator = one client IP)
#   mailbox-service:  zhengtong.mailbox.submission-limit.letters=0 (the per-address letter limit; the
#                     simulation answers each captcha like a citizen)
# Never set them in a real deployment. The query passwords are checked with ZT_MAILBOX_QUERY_KEY (from
# secrets.env like the other keys): seed-letters.sh must have used the same key.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
db="${BENCH_DB:-mailbox_bench}"
mailbox_port="${MAILBOX_PORT:-18083}"
gateway_port="${GATEWAY_PORT:-18080}"
run="${BENCH_RUN_DIR:-$root/benchmarks/target/mailbox-run}"
# A second instance beside someone else's (own BENCH_DB and ports) needs its own topics too, or each
# consumes the other's letter events: BENCH_TOPIC_PREFIX=bench-mine. (it names the consumer group too).
topic_prefix="${BENCH_TOPIC_PREFIX:-bench.}"
group_arg=""
[ -z "${BENCH_TOPIC_PREFIX:-}" ] || group_arg="--zhengtong.mailbox.notifications.consumer-group=${topic_prefix}mailbox-notifications"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# The JVM options of deploy/local/zt's services (SERVICE_JAVA_OPTS: heaps, GC), so the numbers mean
# the platform as it is deployed.
# shellcheck source=../../deploy/local/lib/services.sh
. "$root/deploy/local/lib/services.sh"
java_opts="${BENCH_JAVA_OPTS:-$SERVICE_JAVA_OPTS}"
mkdir -p "$run"

stop() {
  local name pid
  for name in gateway mailbox-service; do
    if [ -f "$run/$name.pid" ] && pid="$(cat "$run/$name.pid")" && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      echo "stopped $name (pid $pid)"
    fi
    rm -f "$run/$name.pid"
  done
}

if [ "${1:-}" = stop ]; then
  stop
  exit
fi

if [ -z "${ZT_DB_PASSWORD:-}" ] && [ -f "$root/.local-infra/secrets.env" ]; then
  set -a; . "$root/.local-infra/secrets.env"; set +a
fi
export ZT_DB_USER="${ZT_DB_USER:-zhengtong}"
[ -n "${ZT_MAILBOX_QUERY_KEY:-}" ] || { echo "start-services.sh: ZT_MAILBOX_QUERY_KEY is not set (deploy/local/zt up adds it to secrets.env)" >&2; exit 2; }
MYSQL_PWD="$ZT_DB_PASSWORD" mariadb --no-defaults -h127.0.0.1 -u"$ZT_DB_USER" \
  -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# zt sizes MariaDB's buffer pool for the demo (128 MiB); a database holding 1,000,000 letters
# (about 3.5 GB with history and indexes) would have its working set in memory in production.
# Resized online, until MariaDB restarts; never shrunk, so a second benchmark instance asking for
# less does not take memory from the first in the middle of its run.
MYSQL_PWD="$ZT_DB_PASSWORD" mariadb --no-defaults -h127.0.0.1 -u"$ZT_DB_USER" \
  -e "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@innodb_buffer_pool_size, ${BENCH_DB_BUFFER_POOL:-1073741824})" \
  || echo "start-services.sh: could not resize the buffer pool; measuring with the server's own" >&2

wait_ready() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 240); do
    if curl -fs -o /dev/null "$url"; then
      echo "$name ready ($url)"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; see $run/$name.log" >&2; return 1; }
    sleep 1
  done
  echo "$name not ready after 240 s; see $run/$name.log" >&2
  return 1
}

# shellcheck disable=SC2086 # java_opts holds several options
(cd "$root" && exec "$java_home/bin/java" $java_opts -Dzhengtong.demo.seed=false \
  -jar mailbox-service/target/mailbox-service.jar \
  --server.port="$mailbox_port" \
  --zhengtong.service.database="$db" \
  --zhengtong.events.topic-prefix="$topic_prefix" \
  --zhengtong.mailbox.submission-limit.letters=0 \
  $group_arg \
  ${BENCH_MAILBOX_ARGS:-} \
  > "$run/mailbox-service.log" 2>&1) &
echo $! > "$run/mailbox-service.pid"
wait_ready mailbox-service "http://127.0.0.1:$mailbox_port/actuator/health/readiness" "$(cat "$run/mailbox-service.pid")"

[ "${SKIP_GATEWAY:-0}" != 1 ] || exit 0  # restart mailbox-service alone (stop it first: kill its pid)
# shellcheck disable=SC2086
(cd "$root" && ZT_PKI_DIR= exec "$java_home/bin/java" $java_opts \
  -jar gateway/target/gateway.jar \
  --server.port="$gateway_port" \
  --zhengtong.services.mailbox="http://127.0.0.1:$mailbox_port" \
  --zhengtong.rate-limit.enabled=false \
  > "$run/gateway.log" 2>&1) &
echo $! > "$run/gateway.pid"
wait_ready gateway "http://127.0.0.1:$gateway_port/actuator/health/readiness" "$(cat "$run/gateway.pid")"

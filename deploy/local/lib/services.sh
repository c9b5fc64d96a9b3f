# shellcheck shell=bash
# The platform's own Spring Boot services and the gateway, run from their jars.

# module:port; the gateway comes last (started after the services).
ZT_SERVICES=(portal-service:8081 disclosure-service:8082 mailbox-service:8083
  document-exchange-service:8084 meeting-notice-service:8085)
ZT_GATEWAY=gateway:8080
ZT_GATEWAY_TLS_PORT=8443
SERVICE_TIMEOUT=${ZT_SERVICE_TIMEOUT:-240}
# Small heaps so that the whole platform fits 4 GiB; ZT_SERVICE_JAVA_OPTS adds to them. The 64 MB code
# cache, half used, makes HotSpot collect every ~4 MB of newly compiled code, with SerialGC a full
# collection of 150-270 ms (mailbox-service: 10 in its first 9 minutes under load). The JVM's default
# reservation avoided those but measured slower under the lifecycle benchmark (benchmarks/README.md).
SERVICE_JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError ${ZT_SERVICE_JAVA_OPTS:-}"

all_modules() {
  local entry
  for entry in "${ZT_SERVICES[@]}" "$ZT_GATEWAY"; do echo "${entry%%:*}"; done
}

# Maps a short name (portal, exchange, ...) to the module name; fails for unknown names.
module_of() {
  case $1 in
    gateway) echo gateway ;;
    portal | portal-service) echo portal-service ;;
    disclosure | disclosure-service) echo disclosure-service ;;
    mailbox | mailbox-service) echo mailbox-service ;;
    exchange | document-exchange | document-exchange-service) echo document-exchange-service ;;
    meeting | meeting-notice | meeting-notice-service) echo meeting-notice-service ;;
    *) return 1 ;;
  esac
}

port_of() {
  local entry
  for entry in "${ZT_SERVICES[@]}" "$ZT_GATEWAY"; do
    [ "${entry%%:*}" = "$1" ] && { echo "${entry#*:}"; return; }
  done
  return 1
}

# The gateway's API path name of a service (/api/<name>/...).
api_name_of() {
  case $1 in
    portal-service) echo portal ;;
    disclosure-service) echo disclosure ;;
    mailbox-service) echo mailbox ;;
    document-exchange-service) echo exchange ;;
    meeting-notice-service) echo meeting ;;
  esac
}

jar_of() { echo "$ZT_ROOT/$1/target/$1.jar"; }
app_dir_of() { echo "$ZT_INFRA/apps/$1"; }
service_pidfile() { echo "$ZT_RUN/$1.pid"; }
service_log() { echo "$ZT_LOGS/$1.log"; }
readiness_url() { echo "http://127.0.0.1:$(port_of "$1")/actuator/health/readiness"; }

missing_jars() {
  local module
  for module in $(all_modules); do
    [ -f "$(jar_of "$module")" ] || echo "$module"
  done
}

# Builds all modules (jars and the local Maven repository) without tests.
build_jars() {
  local started log=$ZT_LOGS/build.log
  started=$(now_ms)
  say "building the jars: ./mvnw -B -q -DskipTests install (log: $log)"
  if ! (cd "$ZT_ROOT" && mvnw -B -q -DskipTests install) > "$log" 2>&1; then
    fail_component build "./mvnw -B -q -DskipTests install failed" "$log"
    return 1
  fi
  local missing
  missing=$(missing_jars | tr '\n' ' ')
  if [ -n "$missing" ]; then
    fail_component build "the build passed but these jars are missing: $missing" "$log"
    return 1
  fi
  say "built in $(elapsed_since "$started") s"
}

# Services start about twice as fast on these 2-core machines from the extracted jar
# (`-Djarmode=tools extract`: plain jars on the class path) with a dynamic class-data
# sharing archive, which the JVM writes when the service stops and uses from then on (and
# rewrites by itself when the jar or the JDK changed). Extracted again when the jar changed.
# Usage: prepare_app <module>; returns 1 when extraction failed (then the jar runs as is).
prepare_app() {
  local module=$1 jar dir stamp
  jar=$(jar_of "$module")
  dir=$(app_dir_of "$module")
  [ -f "$jar" ] || return 0
  # A running service still reads its classes from there.
  ! pid_from_file "$(service_pidfile "$module")" > /dev/null || return 0
  stamp=$(stat -c '%s %Y' "$jar")
  [ "$(cat "$dir.stamp" 2>/dev/null)" != "$stamp" ] || return 0
  rm -rf "$dir" "$dir.stamp"
  mkdir -p "$(dirname "$dir")"
  if ! "$ZT_JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" \
      > "$ZT_LOGS/$module-extract.log" 2>&1 || [ ! -f "$dir/$module.jar" ]; then
    warn "$module: extracting $jar failed (see $ZT_LOGS/$module-extract.log); running the jar as is"
    rm -rf "$dir"
    return 1
  fi
  echo "$stamp" > "$dir.stamp"
}

# Extracts the jars that changed, all at once.
prepare_apps() {
  local module pids=()
  for module in "$@"; do
    prepare_app "$module" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
}

# The java command line of a module (into array SERVICE_JAVA).
service_java_command() {
  local module=$1 dir
  dir=$(app_dir_of "$module")
  # shellcheck disable=SC2206 # SERVICE_JAVA_OPTS holds several options
  SERVICE_JAVA=("$ZT_JAVA_HOME/bin/java" $SERVICE_JAVA_OPTS)
  # The local platform is the demo county: services seed their demo content once (ZT_DEMO_SEED=false
  # starts them empty).
  SERVICE_JAVA+=(-Dzhengtong.demo.seed="${ZT_DEMO_SEED:-true}")
  if [ -f "$dir.stamp" ] && [ -f "$dir/$module.jar" ]; then
    # The archive's writing logs a warning per class it skips: noise, so cds logging is off.
    SERVICE_JAVA+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$dir/$module.jsa"
      -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$dir/$module.jar")
  else
    SERVICE_JAVA+=(-jar "$(jar_of "$module")")
  fi
}

# Launches one module without waiting for it (or says that it already runs).
# Returns 1 (with a message) when its jar is missing or its port is taken.
service_launch() {
  local module=$1 pid port jar log
  if pid=$(pid_from_file "$(service_pidfile "$module")"); then
    if [ "$(jar_of "$module")" -nt "$(service_pidfile "$module")" ]; then
      note "$module" "already running (pid $pid) from an older build: \`zt stop $module\` and start it again to run the new jar"
    else
      note "$module" "already running (pid $pid)"
    fi
    return 0
  fi
  port=$(port_of "$module")
  jar=$(jar_of "$module")
  log=$(service_log "$module")
  if [ ! -f "$jar" ]; then
    fail_component "$module" "$jar is missing (build it: ./mvnw -B -q -DskipTests install)"
    return 1
  fi
  if [ "$module" = gateway ]; then
    ports_free "$module" "$port" "$ZT_GATEWAY_TLS_PORT" || return 1
  else
    ports_free "$module" "$port" || return 1
  fi
  rotate_log "$log"
  service_java_command "$module"
  pid=$(cd "$ZT_ROOT" && spawn "$log" "$(service_pidfile "$module")" "${SERVICE_JAVA[@]}")
  note "$module" "launched (pid $pid, port $port)"
}

# A JVM that failed to start and had no archive wrote one of the few classes it loaded at
# exit; later JVMs would keep using it (it is valid), so it goes and the next good run
# writes a full one. An archive older than this launch (its pid file) was fine and stays.
drop_archive() {
  local jsa
  jsa=$(app_dir_of "$1")/$1.jsa
  [ ! "$jsa" -nt "$(service_pidfile "$1")" ] || rm -f "$jsa"
}

# Waits until every given module is ready, all at once; reports each. One that is not
# ready in time is stopped.
# Usage: services_wait <started_ms> <module...>
services_wait() {
  local started=$1 module pid failed=0 deadline
  shift
  local pending=("$@")
  deadline=$((SECONDS + SERVICE_TIMEOUT))
  while [ "${#pending[@]}" -gt 0 ]; do
    local still=()
    for module in "${pending[@]}"; do
      if http_ok "$(readiness_url "$module")"; then
        note "$module" "ready after $(elapsed_since "$started") s"
      elif ! pid=$(pid_from_file "$(service_pidfile "$module")"); then
        drop_archive "$module"
        fail_component "$module" "exited during start-up" "$(service_log "$module")" || true
        failed=1
      elif [ "$SECONDS" -ge "$deadline" ]; then
        stop_pid "$pid" 20 2>/dev/null
        drop_archive "$module"
        fail_component "$module" "$(readiness_url "$module") not UP after ${SERVICE_TIMEOUT}s (stopped pid $pid)" \
          "$(service_log "$module")" || true
        failed=1
      else
        still+=("$module")
      fi
    done
    pending=("${still[@]}")
    [ "${#pending[@]}" -eq 0 ] || sleep 1
  done
  return "$failed"
}

service_stop() {
  local module=$1 pid
  if pid=$(pid_from_file "$(service_pidfile "$module")"); then
    # Graceful shutdown plus, the first time, writing the class-data archive.
    stop_pid "$pid" 40
    note "$module" "stopped"
  else
    note "$module" "not running"
  fi
  rm -f "$(service_pidfile "$module")"
}

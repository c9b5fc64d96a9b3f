# shellcheck shell=bash
# Elasticsearch 8.19.21, the integ-test distribution from Maven Central (no bundled JDK,
# stripped to 4 modules; see INFRA.md). It refuses to run as root, so it runs as the system
# user `elastic`, which owns its install, data, logs and pid folders.

ES_DIR=$ZT_INFRA/elasticsearch
ES_HOME=$ES_DIR/elasticsearch-$ES_VERSION
ES_DATA=$ES_DIR/data
ES_LOG_DIR=$ZT_LOGS/elasticsearch
ES_LOG=$ES_LOG_DIR/elasticsearch.log
ES_LAUNCH_LOG=$ZT_LOGS/elasticsearch-launch.log
ES_PIDFILE=$ZT_RUN/elasticsearch/elasticsearch.pid
ES_PORT=9200
ES_USER=elastic
ES_TIMEOUT=${ZT_ES_TIMEOUT:-180}
# -AlwaysPreTouch (ES's jvm.options turn it on): heap pages count in RSS only once used.
ES_HEAP=${ZT_ES_HEAP:--Xms384m -Xmx384m -XX:-AlwaysPreTouch}

es_ensure_user() {
  id "$ES_USER" >/dev/null 2>&1 && return 0
  useradd --system --user-group --no-create-home --shell /usr/sbin/nologin "$ES_USER" \
    || die "could not create the system user $ES_USER"
}

as_elastic() { setpriv --reuid="$ES_USER" --regid="$ES_USER" --init-groups "$@"; }

es_install() {
  es_ensure_user
  unpack_zip elasticsearch "$ES_ZIP" "$ES_HOME" || return 1
  mkdir -p "$ES_DATA" "$ES_LOG_DIR" "$(dirname "$ES_PIDFILE")"
  # ES writes into its config folder (keystore) and needs its own data, logs and pid dirs.
  chown -R "$ES_USER:$ES_USER" "$ES_DIR" "$ES_LOG_DIR" "$(dirname "$ES_PIDFILE")"
  if ! as_elastic test -x "$ES_HOME/bin/elasticsearch"; then
    fail_component elasticsearch "user $ES_USER cannot reach $ES_HOME (a parent folder is not world-executable?)"
    return 1
  fi
}

es_healthy() {
  curl -fsS --max-time 3 "http://127.0.0.1:$ES_PORT/_cluster/health" | grep -Eq '"status":"(green|yellow)"'
}

es_up() {
  local pid started
  if pid=$(pid_from_file "$ES_PIDFILE"); then
    await_health elasticsearch "$pid" "$ES_TIMEOUT" "_cluster/health" es_healthy "$ES_LOG" || return 1
    note elasticsearch "already running (pid $pid)"
    return 0
  fi
  ports_free elasticsearch "$ES_PORT" || return 1
  started=$(now_ms)
  es_install || return 1
  rotate_log "$ES_LOG"
  rm -f "$ES_PIDFILE"
  # -d: the launcher exits once the node runs and leaves only the server JVM (the launcher
  # JVM would otherwise stay around). Only ES_JAVA_HOME counts, not JAVA_HOME.
  # The disk threshold is off so that a nearly full disk does not make indices read-only.
  # setsid: a Ctrl-C on zt must not reach the node.
  if ! as_elastic setsid env ES_JAVA_HOME="$ZT_JAVA_HOME" ES_JAVA_OPTS="$ES_HEAP" \
      timeout "$ES_TIMEOUT" "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE" \
      -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$ES_PORT" \
      -E path.data="$ES_DATA" -E path.logs="$ES_LOG_DIR" -E xpack.security.enabled=false \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      > "$ES_LAUNCH_LOG" 2>&1 9>&-; then
    fail_component elasticsearch "the launcher failed" "$ES_LAUNCH_LOG" "$ES_LOG"
    return 1
  fi
  if ! pid=$(pid_from_file "$ES_PIDFILE"); then
    fail_component elasticsearch "no running node after the launcher returned" "$ES_LAUNCH_LOG" "$ES_LOG"
    return 1
  fi
  await_health elasticsearch "$pid" "$ES_TIMEOUT" "_cluster/health yellow or green" es_healthy \
    "$ES_LAUNCH_LOG" "$ES_LOG" || return 1
  note elasticsearch "started in $(elapsed_since "$started") s (pid $pid, port $ES_PORT)"
}

es_down() {
  stop_component elasticsearch "$ES_PIDFILE"
}

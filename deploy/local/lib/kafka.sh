# shellcheck shell=bash
# Kafka 4.1.2 in KRaft mode (one node as broker and controller) from Maven Central jars.
# Config and data under .local-infra/kafka, the jars stay in .local-infra/downloads.

KAFKA_DIR=$ZT_INFRA/kafka
KAFKA_PIDFILE=$ZT_RUN/kafka.pid
KAFKA_LOG=$ZT_LOGS/kafka.log
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_TIMEOUT=${ZT_KAFKA_TIMEOUT:-120}
KAFKA_HEAP=${ZT_KAFKA_HEAP:--Xms64m -Xmx384m}

# The java command line shared by the storage tool and the broker (into array KAFKA_JAVA).
kafka_java_command() {
  # shellcheck disable=SC2206 # KAFKA_HEAP holds several options
  KAFKA_JAVA=("$ZT_JAVA_HOME/bin/java" $KAFKA_HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -XX:InitiatingHeapOccupancyPercent=35 -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties")
  # Kafka's clients use sun.misc.Unsafe, which JDK 24+ warns about at every start.
  [ "$(java_major "$ZT_JAVA_HOME")" -lt 24 ] || KAFKA_JAVA+=(--sun-misc-unsafe-memory-access=allow)
  KAFKA_JAVA+=(-cp "$KAFKA_LIBS/*")
}

kafka_write_config() {
  mkdir -p "$KAFKA_DIR/data"
  cat > "$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/local/zt on every start; edit lib/kafka.sh instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  # Without a configuration log4j2 prints only errors, and "Kafka Server started" is the
  # line we wait for.
  cat > "$KAFKA_DIR/log4j2.properties" <<'EOF'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
# The config dumps at start-up are hundreds of lines.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
EOF
}

# A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (what
# `StorageTool random-uuid` prints), not starting with '-' (it would read as an option).
kafka_cluster_id() {
  local id
  while true; do
    id=$(openssl rand 16 | base64 | tr '+/' '-_' | tr -d '=')
    [ "${id:0:1}" != - ] && { echo "$id"; return; }
  done
}

kafka_listening() { port_listening "$KAFKA_PORT"; }
kafka_started() { grep -q 'Kafka Server started' "$KAFKA_LOG" && kafka_listening; }

kafka_up() {
  local pid started
  if pid=$(pid_from_file "$KAFKA_PIDFILE"); then
    await_health kafka "$pid" "$KAFKA_TIMEOUT" "listener on $KAFKA_PORT" kafka_listening "$KAFKA_LOG" || return 1
    note kafka "already running (pid $pid)"
    return 0
  fi
  ports_free kafka "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" || return 1
  started=$(now_ms)
  kafka_java_command
  kafka_write_config
  rotate_log "$KAFKA_LOG"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    if ! "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format --ignore-formatted -t "$(kafka_cluster_id)" -c "$KAFKA_DIR/server.properties" \
        > "$ZT_LOGS/kafka-format.log" 2>&1; then
      fail_component kafka "formatting the KRaft storage failed" "$ZT_LOGS/kafka-format.log"
      return 1
    fi
  fi
  # A class-data sharing archive, written when the broker stops, shortens later starts.
  pid=$(spawn "$KAFKA_LOG" "$KAFKA_PIDFILE" "${KAFKA_JAVA[@]}" -XX:+AutoCreateSharedArchive \
    -XX:SharedArchiveFile="$KAFKA_DIR/kafka.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    kafka.Kafka "$KAFKA_DIR/server.properties")
  await_health kafka "$pid" "$KAFKA_TIMEOUT" "\"Kafka Server started\" in its log" kafka_started "$KAFKA_LOG" || return 1
  note kafka "started in $(elapsed_since "$started") s (pid $pid, port $KAFKA_PORT)"
}

kafka_down() {
  stop_component kafka "$KAFKA_PIDFILE"
}

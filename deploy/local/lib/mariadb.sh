# shellcheck shell=bash
# MariaDB 10.11 from the Debian packages, as a private instance under .local-infra/mariadb
# (not the system service): root over a private socket, the platform's account over TCP.

MARIADB_DIR=$ZT_INFRA/mariadb
MARIADB_SOCKET=$MARIADB_DIR/mysqld.sock
MARIADB_PIDFILE=$ZT_RUN/mariadb.pid
MARIADB_LOG=$ZT_LOGS/mariadb.log
MARIADB_PORT=3306
MARIADB_TIMEOUT=${ZT_MARIADB_TIMEOUT:-60}
MARIADB_DATABASES=(portal disclosure mailbox exchange meeting keycloak)

# Root's client over the private socket (root has no password there); SQL on stdin.
mariadb_root() { mariadb --no-defaults --socket="$MARIADB_SOCKET" -uroot; }

mariadb_ping() { mariadb-admin --no-defaults --socket="$MARIADB_SOCKET" -uroot ping; }

# SQL string literal.
sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

mariadb_up() {
  local pid started
  if pid=$(pid_from_file "$MARIADB_PIDFILE"); then
    await_health mariadb "$pid" "$MARIADB_TIMEOUT" "mariadb-admin ping" mariadb_ping "$MARIADB_LOG" || return 1
    note mariadb "already running (pid $pid)"
  else
    ports_free mariadb "$MARIADB_PORT" || return 1
    started=$(now_ms)
    mkdir -p "$MARIADB_DIR"
    # The marker is written last, so an interrupted initialisation is redone from scratch.
    if [ ! -f "$MARIADB_DIR/.initialised" ]; then
      rm -rf "$MARIADB_DIR/data"
      if ! mariadb-install-db --user=root --datadir="$MARIADB_DIR/data" --auth-root-authentication-method=normal \
          --skip-test-db > "$ZT_LOGS/mariadb-install.log" 2>&1; then
        fail_component mariadb "mariadb-install-db failed" "$ZT_LOGS/mariadb-install.log"
        return 1
      fi
      touch "$MARIADB_DIR/.initialised"
    fi
    pid=$(spawn "$MARIADB_LOG" - mariadbd --no-defaults --user=root --datadir="$MARIADB_DIR/data" \
      --socket="$MARIADB_SOCKET" --pid-file="$MARIADB_PIDFILE" --bind-address=127.0.0.1 --port="$MARIADB_PORT" \
      --log-error="$MARIADB_LOG" --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size=128M --skip-name-resolve)
    # mariadbd writes its pid file itself, but only once it runs; write it now for status.
    echo "$pid" > "$MARIADB_PIDFILE"
    await_health mariadb "$pid" "$MARIADB_TIMEOUT" "mariadb-admin ping" mariadb_ping "$MARIADB_LOG" || return 1
    note mariadb "started in $(elapsed_since "$started") s (pid $pid, port $MARIADB_PORT)"
  fi
  mariadb_provision
}

# Databases and the platform's account; idempotent, so it runs on every `up`. The password
# is (re)set from secrets.env so that the two never disagree.
mariadb_provision() {
  local db host sql=
  for db in "${MARIADB_DATABASES[@]}"; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  # 127.0.0.1 for TCP (names are not resolved), localhost for the socket.
  for host in 127.0.0.1 localhost; do
    local account
    account="$(sql_quote "$ZT_DB_USER")@$(sql_quote "$host")"
    sql+="CREATE USER IF NOT EXISTS $account IDENTIFIED BY $(sql_quote "$ZT_DB_PASSWORD");"
    sql+="ALTER USER $account IDENTIFIED BY $(sql_quote "$ZT_DB_PASSWORD");"
    sql+="GRANT ALL PRIVILEGES ON *.* TO $account;"
  done
  if ! printf '%s\n' "$sql" | mariadb_root > "$ZT_LOGS/mariadb-provision.log" 2>&1; then
    fail_component mariadb "creating the databases and the ${ZT_DB_USER} account failed" "$ZT_LOGS/mariadb-provision.log"
    return 1
  fi
}

# Drops and recreates the keycloak database (Keycloak must be stopped).
mariadb_recreate_keycloak_db() {
  # shellcheck disable=SC2016 # backquotes are SQL identifiers here
  printf '%s\n' 'DROP DATABASE IF EXISTS `keycloak`;' \
    'CREATE DATABASE `keycloak` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;' | mariadb_root
}

mariadb_down() {
  stop_component mariadb "$MARIADB_PIDFILE"
}

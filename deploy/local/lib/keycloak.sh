# shellcheck shell=bash
# Keycloak 26.7.3 (quarkus distribution) in production mode on MariaDB, behind the gateway:
# plain HTTP on 127.0.0.1:8180 under /auth, public as https://localhost:8443/auth, the
# client certificate forwarded by the gateway in X-SSL-Client-Cert (nginx lookup provider).
# See docs/local-platform.md and INFRA.md "Certificate login through the gateway".

KC_DIR=$ZT_INFRA/keycloak
KC_HOME=$KC_DIR/keycloak-$KC_VERSION
KC_PIDFILE=$ZT_RUN/keycloak.pid
KC_LOG=$ZT_LOGS/keycloak.log
KC_BUILD_LOG=$ZT_LOGS/keycloak-build.log
KC_BUILD_STAMP=$KC_DIR/build.stamp
KC_REALM_STAMP=$KC_DIR/realm-import.stamp
KC_PORT=8180
KC_MANAGEMENT_PORT=9000
KC_TIMEOUT=${ZT_KC_TIMEOUT:-300}
KC_HEAP=${ZT_KC_HEAP:--Xms64m -Xmx384m}
KC_HEALTH_URL=http://127.0.0.1:$KC_MANAGEMENT_PORT/auth/health/ready

# Build-time options: changing them costs a `kc.sh build` (~30 s), done only when this list
# (or the version) differs from the stamp of the last build. --cache=local: one node, so no
# JGroups cluster (which would listen on port 7800 of every interface and cost memory).
KC_BUILD_OPTIONS=(--db=mariadb --health-enabled=true --metrics-enabled=true --http-relative-path=/auth
  --spi-x509cert-lookup--provider=nginx --cache=local)

# Runtime options.
kc_start_options() {
  KC_START_OPTIONS=(start --optimized --import-realm
    --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT"
    --hostname=https://localhost:8443/auth --hostname-backchannel-dynamic=true
    --proxy-headers=xforwarded --proxy-trusted-addresses=127.0.0.1
    --truststore-paths="$ZT_PKI/ca.crt"
    --spi-x509cert-lookup--nginx--ssl-client-cert=X-SSL-Client-Cert
    --spi-x509cert-lookup--nginx--trust-proxy-verification=true
    --spi-x509cert-lookup--nginx--certificate-chain-length=0)
}

kc_build_wanted() { echo "$KC_VERSION ${KC_BUILD_OPTIONS[*]}"; }

# What the last import was made from: the realm JSON and the secrets its placeholders take.
kc_realm_wanted() { cat "$ZT_REALM_FILE" "$ZT_SECRETS" | sha256sum | cut -d' ' -f1; }

kc_healthy() { http_ok "$KC_HEALTH_URL"; }

# Unpacks and builds; runs in parallel with MariaDB's start (it needs no database).
keycloak_prepare() {
  local pid started
  if [ "$(cat "$KC_BUILD_STAMP" 2>/dev/null)" = "$(kc_build_wanted)" ]; then
    return 0
  fi
  if pid=$(pid_from_file "$KC_PIDFILE"); then
    note keycloak "build options changed: stopping the running Keycloak (pid $pid) to rebuild"
    stop_pid "$pid" 60
  fi
  unpack_zip keycloak "$KC_ZIP" "$KC_HOME" || return 1
  started=$(now_ms)
  note keycloak "building: kc.sh build ${KC_BUILD_OPTIONS[*]}"
  if ! JAVA_HOME=$ZT_JAVA_HOME "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTIONS[@]}" > "$KC_BUILD_LOG" 2>&1 9>&-; then
    fail_component keycloak "kc.sh build failed" "$KC_BUILD_LOG"
    return 1
  fi
  kc_build_wanted > "$KC_BUILD_STAMP"
  note keycloak "built in $(elapsed_since "$started") s"
}

# Starts Keycloak; MariaDB must be up and keycloak_prepare done.
keycloak_up() {
  local pid started wanted jvm
  if [ ! -f "$ZT_REALM_FILE" ]; then
    fail_component keycloak "realm file $ZT_REALM_FILE is missing (written by the auth module)"
    return 1
  fi
  wanted=$(kc_realm_wanted)
  if pid=$(pid_from_file "$KC_PIDFILE"); then
    if [ "$(cat "$KC_REALM_STAMP" 2>/dev/null)" = "$wanted" ]; then
      await_health keycloak "$pid" "$KC_TIMEOUT" "$KC_HEALTH_URL" kc_healthy "$KC_LOG" || return 1
      note keycloak "already running (pid $pid)"
      return 0
    fi
    note keycloak "realm JSON or secrets.env changed since the last import: stopping Keycloak (pid $pid) to re-import"
    stop_pid "$pid" 60
    rm -f "$KC_PIDFILE"
  fi
  ports_free keycloak "$KC_PORT" "$KC_MANAGEMENT_PORT" || return 1
  started=$(now_ms)

  # --import-realm skips a realm that exists, so a changed realm needs an empty database.
  if [ "$(cat "$KC_REALM_STAMP" 2>/dev/null)" != "$wanted" ]; then
    if [ -f "$KC_REALM_STAMP" ]; then
      note keycloak "realm JSON or secrets.env changed since the last import: dropping and recreating the keycloak database"
    else
      note keycloak "first realm import: recreating the keycloak database"
    fi
    if ! mariadb_recreate_keycloak_db > "$ZT_LOGS/keycloak-db.log" 2>&1; then
      fail_component keycloak "recreating the keycloak database failed" "$ZT_LOGS/keycloak-db.log"
      return 1
    fi
    rm -f "$KC_REALM_STAMP"
  fi
  mkdir -p "$KC_HOME/data/import"
  rm -f "$KC_HOME"/data/import/*.json
  cp "$ZT_REALM_FILE" "$KC_HOME/data/import/zhengtong-realm.json"

  rotate_log "$KC_LOG"
  kc_start_options
  # Secrets go through the environment, not the command line (visible in ps).
  pid=$(spawn "$KC_LOG" "$KC_PIDFILE" env JAVA_HOME="$ZT_JAVA_HOME" JAVA_OPTS_KC_HEAP="$KC_HEAP" \
    KC_DB_URL="jdbc:mariadb://127.0.0.1:$MARIADB_PORT/keycloak" KC_DB_USERNAME="$ZT_DB_USER" \
    KC_DB_PASSWORD="$ZT_DB_PASSWORD" KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" "${KC_START_OPTIONS[@]}")
  await_health keycloak "$pid" "$KC_TIMEOUT" "$KC_HEALTH_URL" kc_healthy "$KC_LOG" || return 1
  echo "$wanted" > "$KC_REALM_STAMP"
  # kc.sh stays as the parent of the JVM (it forwards SIGTERM); the pid file names the JVM
  # so that stop reaches it directly.
  jvm=$(pgrep -P "$pid" java | head -n 1 || true)
  if [ -n "$jvm" ]; then
    pid=$jvm
    echo "$pid" > "$KC_PIDFILE"
  fi
  note keycloak "started in $(elapsed_since "$started") s (pid $pid, port $KC_PORT, health $KC_MANAGEMENT_PORT)"
}

keycloak_down() {
  stop_component keycloak "$KC_PIDFILE"
}

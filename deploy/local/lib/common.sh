# shellcheck shell=bash
# Shared helpers of deploy/local/zt: paths, versions, output, processes, ports, packages,
# secrets and the test PKI. Sourced, never executed. See docs/local-platform.md for the
# names, ports and folders everything here must agree with.

ZT_LOCAL=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZT_ROOT=$(cd "$ZT_LOCAL/../.." && pwd)
ZT_INFRA=$ZT_ROOT/.local-infra
ZT_DOWNLOADS=$ZT_INFRA/downloads
ZT_LOGS=$ZT_INFRA/logs
ZT_RUN=$ZT_INFRA/run
ZT_PKI=$ZT_INFRA/pki
ZT_SECRETS=$ZT_INFRA/secrets.env

# Must match deploy/local/infra-pom.xml.
KAFKA_VERSION=4.1.2
ES_VERSION=8.19.21
KC_VERSION=26.7.3

# Inputs written by the auth module. The overrides exist only to try the launcher with
# another realm or generator; normal use never sets them.
ZT_REALM_FILE=${ZT_REALM_FILE:-$ZT_ROOT/auth/realm/zhengtong-realm.json}
ZT_PKI_SCRIPT=${ZT_PKI_SCRIPT:-$ZT_ROOT/auth/pki/generate.sh}

# The variables of secrets.env, in the order they are written (docs/local-platform.md).
ZT_SECRET_VARS=(ZT_DB_PASSWORD KC_ADMIN_PASSWORD ZT_GATEWAY_CLIENT_SECRET
  ZT_PORTAL_CLIENT_SECRET ZT_DISCLOSURE_CLIENT_SECRET ZT_MAILBOX_CLIENT_SECRET
  ZT_EXCHANGE_CLIENT_SECRET ZT_MEETING_CLIENT_SECRET ZT_PKI_PASSWORD ZT_SESSION_KEY)
# Keys (32 random bytes, base64): citizens' personal data in the mailbox, the mailbox's query
# passwords (HMAC), the key that wraps the units' signing keys in the document exchange.
ZT_KEY_VARS=(ZT_MAILBOX_DATA_KEY ZT_MAILBOX_QUERY_KEY ZT_EXCHANGE_KEK)

# ---------------------------------------------------------------------------------------
# Output

say() { printf '%s\n' "$*"; }
warn() { printf 'zt: warning: %s\n' "$*" >&2; }
die() { printf 'zt: %s\n' "$*" >&2; exit 1; }

# Prints "<component>: <message>" with the component name padded so that lines align.
note() { printf '%-14s %s\n' "$1" "$2"; }

now_ms() { date +%s%3N; }
# Seconds with one decimal since a now_ms timestamp.
elapsed_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }'; }

# Reports a failed component: one clear line, then the last 30 lines of each log given.
# While components start in parallel (ZT_JOB_DIR set), the log excerpt is kept in a file
# and printed by the parent after all jobs ended, so that excerpts do not interleave.
fail_component() {
  local component=$1 message=$2 log
  shift 2
  printf '%-14s FAILED: %s\n' "$component" "$message" >&2
  local out=/dev/stderr
  [ -z "${ZT_JOB_DIR:-}" ] || out=$ZT_JOB_DIR/$component.fail
  for log in "$@"; do
    [ -s "$log" ] || continue
    printf -- '--- %s: last 30 lines of %s ---\n' "$component" "$log"
    tail -n 30 "$log"
  done >> "$out"
  return 1
}

# ---------------------------------------------------------------------------------------
# Java

java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }

# A JDK >= 21 (the machine's default java may be 17). Same search as mvnw.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      echo "$candidate"
      return
    fi
  done
  die "no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)"
}

# Runs the repo's Maven wrapper (the only way we run Maven: it picks the JDK).
mvnw() { "$ZT_ROOT/mvnw" "$@"; }

# ---------------------------------------------------------------------------------------
# Processes and ports

# Prints the pid from a pid file if that process is alive and is one of ours: its command
# line mentions the repo (guards against a stale pid file whose pid was reused).
pid_from_file() {
  local file=$1 pid
  [ -r "$file" ] || return 1
  pid=$(tr -dc '0-9' < "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF "$ZT_ROOT/" || return 1
  echo "$pid"
}

# Starts a long-running process detached from this shell: own session (Ctrl-C on zt does
# not reach it), stdin closed, output appended to a log, our lock fd not inherited.
# Usage: spawn <log> <pidfile|-> <command...>; prints the pid.
spawn() {
  local log=$1 pidfile=$2
  shift 2
  setsid "$@" >> "$log" 2>&1 < /dev/null 9>&- &
  local pid=$!
  [ "$pidfile" = - ] || echo "$pid" > "$pidfile"
  echo "$pid"
}

# Stops an infrastructure component started with spawn() and says so.
# Usage: stop_component <name> <pidfile>
stop_component() {
  local name=$1 pidfile=$2 pid
  if pid=$(pid_from_file "$pidfile"); then
    stop_pid "$pid" 60
    note "$name" "stopped"
  else
    note "$name" "not running"
  fi
  rm -f "$pidfile"
}

# Prints a process and all its descendants, one pid per line.
process_tree() {
  local pids=("$1") i=0 child
  while [ "$i" -lt "${#pids[@]}" ]; do
    for child in $(pgrep -P "${pids[$i]}" || true); do pids+=("$child"); done
    i=$((i + 1))
  done
  printf '%s\n' "${pids[@]}"
}

# Stops a process: SIGTERM, then SIGKILL (to it and its descendants, e.g. the JVM under
# kc.sh) after a grace period. Usage: stop_pid <pid> <grace seconds>
stop_pid() {
  local pid=$1 grace=$2 i tree
  kill -0 "$pid" 2>/dev/null || return 0
  tree=$(process_tree "$pid")
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  warn "pid $pid did not stop within ${grace}s; killing it"
  # shellcheck disable=SC2086 # one pid per word
  kill -KILL $tree 2>/dev/null || true
  sleep 0.2
}

# Prints "<program> (pid N)" for whoever listens on a TCP port, "an unknown process" when
# ss cannot tell; returns 1 when the port is free.
port_holder() {
  local line
  line=$(ss -ltnpH "sport = :$1" 2>/dev/null | head -n 1)
  [ -n "$line" ] || return 1
  if [[ $line =~ users:\(\(\"([^\"]+)\",pid=([0-9]+) ]]; then
    echo "${BASH_REMATCH[1]} (pid ${BASH_REMATCH[2]})"
  else
    echo "an unknown process"
  fi
}

# Fails a component's start when one of its ports is taken.
# Usage: ports_free <component> <port...>
ports_free() {
  local component=$1 port holder
  shift
  for port in "$@"; do
    if holder=$(port_holder "$port"); then
      printf '%-14s FAILED: port %s is already taken by %s\n' "$component" "$port" "$holder" >&2
      return 1
    fi
  done
}

port_listening() { ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; }

# Resident memory in MB of a process and its descendants (0 when gone).
rss_mb() {
  local pid kb=0 rss
  for pid in $(process_tree "$1"); do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    kb=$((kb + ${rss:-0}))
  done
  echo $((kb / 1024))
}

# Waits until a check command succeeds, the process dies or the timeout passes.
# Usage: wait_healthy <pid> <timeout seconds> <check command...>
# Returns 0 healthy, 1 timed out, 2 the process died.
wait_healthy() {
  local pid=$1 timeout=$2 deadline
  shift 2
  deadline=$((SECONDS + timeout))
  while true; do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 2
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

# Waits for a component to become healthy; on failure reports it with its logs. One that
# is not healthy in time is stopped, so that the next `up` starts it afresh.
# Usage: await_health <component> <pid> <timeout> <what is checked> <check command> <log...>
await_health() {
  local component=$1 pid=$2 timeout=$3 what=$4 check=$5 rc=0
  shift 5
  wait_healthy "$pid" "$timeout" "$check" || rc=$?
  case $rc in
    0) return 0 ;;
    1)
      stop_pid "$pid" 30 2>/dev/null
      fail_component "$component" "$what: not healthy after ${timeout}s (stopped pid $pid)" "$@"
      ;;
    *) fail_component "$component" "exited during start-up (pid $pid)" "$@" ;;
  esac
}

# Moves the previous run's log aside so that health checks and excerpts see only this run.
rotate_log() { [ -f "$1" ] && mv -f "$1" "$1.1"; return 0; }

http_ok() { curl -fs -o /dev/null --max-time 3 "$1"; }

# ---------------------------------------------------------------------------------------
# Debian packages

ZT_APT_UPDATED=
ensure_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  [ "$(id -u)" -eq 0 ] || die "missing packages ${missing[*]} (run zt as root to install them)"
  say "installing Debian packages: ${missing[*]}"
  if [ -z "$ZT_APT_UPDATED" ]; then
    apt-get update -qq || die "apt-get update failed"
    ZT_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
}

# ---------------------------------------------------------------------------------------
# Secrets, environment and PKI

# Writes secrets.env once; adds variables that a newer contract introduced, never changes
# existing values (they live on in MariaDB, Keycloak and the PKI files).
ensure_secrets() {
  mkdir -p "$ZT_INFRA"
  local var added=0
  if [ ! -f "$ZT_SECRETS" ]; then
    (umask 077 && printf '# Written once by deploy/local/zt. Local test secrets only.\nZT_DB_USER=zhengtong\nKC_ADMIN_USER=admin\n' > "$ZT_SECRETS")
    added=1
  fi
  for var in "${ZT_SECRET_VARS[@]}"; do
    grep -q "^$var=" "$ZT_SECRETS" && continue
    echo "$var=$(openssl rand -hex 16)" >> "$ZT_SECRETS"
    added=1
  done
  for var in "${ZT_KEY_VARS[@]}"; do
    grep -q "^$var=" "$ZT_SECRETS" && continue
    echo "$var=$(openssl rand -base64 32)" >> "$ZT_SECRETS"
    added=1
  done
  for var in ZT_DB_USER:zhengtong KC_ADMIN_USER:admin; do
    grep -q "^${var%%:*}=" "$ZT_SECRETS" || { echo "${var%%:*}=${var#*:}" >> "$ZT_SECRETS"; added=1; }
  done
  chmod 600 "$ZT_SECRETS"
  [ "$added" -eq 0 ] || note secrets "wrote $ZT_SECRETS"
}

# Exports secrets.env and ZT_PKI_DIR to this shell and so to everything it starts.
load_env() {
  ensure_secrets
  set -a
  # shellcheck source=/dev/null
  . "$ZT_SECRETS"
  set +a
  export ZT_PKI_DIR=$ZT_PKI
  mkdir -p "$ZT_DOWNLOADS" "$ZT_LOGS" "$ZT_RUN"
}

# Generates the test PKI with the auth module's script: once, and again (in place) when the
# realm JSON changed, because the script is idempotent and then only adds the certificates
# of new demo users (it keeps the CA, so existing .p12 files stay valid).
ensure_pki() {
  local wanted stamp=$ZT_INFRA/pki.stamp target=$ZT_PKI
  if [ ! -f "$ZT_PKI_SCRIPT" ]; then
    fail_component pki "$ZT_PKI_SCRIPT does not exist (written by the auth module)"
    return 1
  fi
  wanted=$( (cat "$ZT_PKI_SCRIPT" "$ZT_REALM_FILE" 2>/dev/null || true) | sha256sum | cut -d' ' -f1)
  if [ -f "$ZT_PKI/ca.crt" ]; then
    [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || return 0
    note pki "realm or generator changed: adding missing certificates in $ZT_PKI"
  else
    note pki "generating the test PKI in $ZT_PKI"
    # Generated aside and moved in place, so that a half-made PKI is never taken for done.
    target=$ZT_PKI.partial
    rm -rf "$target"
  fi
  if ! bash "$ZT_PKI_SCRIPT" "$target" > "$ZT_LOGS/pki.log" 2>&1 || [ ! -f "$target/ca.crt" ]; then
    fail_component pki "$ZT_PKI_SCRIPT failed" "$ZT_LOGS/pki.log"
    return 1
  fi
  [ "$target" = "$ZT_PKI" ] || mv "$target" "$ZT_PKI"
  echo "$wanted" > "$stamp"
}

# Serialises commands that start or stop things (two zt processes must not race on a pid
# file or a port). Held until the process exits; spawn() closes fd 9 for daemons.
lock_zt() {
  [ -n "${ZT_LOCK_HELD:-}" ] && return 0
  mkdir -p "$ZT_RUN"
  exec 9> "$ZT_RUN/zt.lock"
  if ! flock -n 9; then
    say "waiting for another zt command to finish..."
    flock -w 600 9 || die "another zt command still holds $ZT_RUN/zt.lock"
  fi
  ZT_LOCK_HELD=1
}

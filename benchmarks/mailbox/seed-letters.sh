#!/usr/bin/env bash
# Stores COUNT realistic letters (default 1,000,000) in a mailbox schema for the lifecycle benchmark.
#
#   benchmarks/mailbox/seed-letters.sh                 # 1,000,000 letters into mailbox_bench
#   COUNT=100000 benchmarks/mailbox/seed-letters.sh
#   BENCH_DB=mailbox benchmarks/mailbox/seed-letters.sh # the local platform's own schema
#
# The schema must exist and be migrated (start mailbox-service against it once:
# benchmarks/mailbox/start-services.sh does). Idempotent-ish: a marker table bench_seed records
# each seeding, and the script refuses to seed a schema that already has one (FORCE=1 adds
# another COUNT letters). Needs ./mvnw package of mailbox-service (its classes and class path),
# ZT_DB_USER/ZT_DB_PASSWORD/ZT_MAILBOX_DATA_KEY/ZT_MAILBOX_QUERY_KEY (read from .local-infra/secrets.env
# when unset; both keys must be the ones the service runs with)
# and about 2.5 GB free under TMPDIR for 1,000,000 letters.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${COUNT:-1000000}"
db="${BENCH_DB:-mailbox_bench}"
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"

if [ -z "${ZT_DB_PASSWORD:-}" ] && [ -f "$root/.local-infra/secrets.env" ]; then
  set -a; . "$root/.local-infra/secrets.env"; set +a
fi
: "${ZT_DB_USER:=zhengtong}"
[ -n "${ZT_MAILBOX_DATA_KEY:-}" ] || { echo "seed-letters.sh: ZT_MAILBOX_DATA_KEY is not set (the service's key)" >&2; exit 2; }
[ -n "${ZT_MAILBOX_QUERY_KEY:-}" ] || { echo "seed-letters.sh: ZT_MAILBOX_QUERY_KEY is not set (the service's key; deploy/local/zt up adds it to secrets.env)" >&2; exit 2; }
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

sql() { MYSQL_PWD="$ZT_DB_PASSWORD" mariadb --no-defaults --local-infile=1 -h"$db_host" -P"$db_port" -u"$ZT_DB_USER" "$db" "$@"; }

if ! sql -N -e "SELECT 1 FROM letter LIMIT 1" > /dev/null 2>&1; then
  echo "seed-letters.sh: schema $db has no letter table: start mailbox-service against it first (Flyway migrates it)" >&2
  exit 2
fi
sql -e "CREATE TABLE IF NOT EXISTS bench_seed (seeded_at DATETIME NOT NULL, letters INT NOT NULL, query_password VARCHAR(20) NOT NULL)"
already="$(sql -N -e "SELECT COALESCE(SUM(letters), 0) FROM bench_seed")"
if [ "$already" -gt 0 ] && [ "${FORCE:-0}" != 1 ]; then
  echo "seed-letters.sh: $db already holds $already seeded letters (table bench_seed); FORCE=1 adds $count more"
  exit 0
fi

classes="$root/mailbox-service/target/classes"
[ -d "$classes/io/zhengtong/mailbox" ] || { echo "seed-letters.sh: build mailbox-service first (./mvnw -B -pl mailbox-service package -DskipTests)" >&2; exit 2; }
cp_file="$root/mailbox-service/target/bench-classpath.txt"
if [ ! -s "$cp_file" ] || [ "$root/mailbox-service/pom.xml" -nt "$cp_file" ]; then
  (cd "$root" && ./mvnw -B -q -pl mailbox-service dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/mailbox-seed.XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
echo "generating $count letters in $work"
"$java_home/bin/java" -Xmx3g -cp "$classes:$(cat "$cp_file")" "$here/SeedLetters.java" "$count" "$work" "$((20261122 + already))"
echo "loading into $db (LOAD DATA LOCAL INFILE, 100,000 letters per statement)"
# Pieces keep each statement's undo small: an interrupted load stops cleanly between pieces.
(cd "$work" && split -l 100000 -d -a 3 letters.tsv letters.part. && split -l 600000 -d -a 3 history.tsv history.part.)
# Keys are unique by construction and the referenced mailboxes exist, so the checks are skipped
# for the load only (this session).
load() {
  local file=$1 table=$2 columns=$3
  sql -e "SET SESSION unique_checks = 0, foreign_key_checks = 0;
    LOAD DATA LOCAL INFILE '$file' INTO TABLE $table CHARACTER SET utf8mb4 ($columns)"
}
for part in "$work"/letters.part.*; do
  load "$part" letter "id, version, tracking_code, query_password_hash, mailbox_code, submitted_type, type, status,
    subject, body, contact_name, contact_phone_enc, contact_email_enc, contact_id_number_enc, consent_to_publish,
    submitted_at, submitted_by, rejection_reason, merged_into, designated_leader, designated_leader_name, instruction,
    lead_unit, assisting_units, period_start, working_days, extension_days, due_date, reply_text, reply_drafted_by,
    answered_at, rating, reopened, closed_at"
  echo "  $(basename "$part") loaded ($((SECONDS - started)) s)"
done
for part in "$work"/history.part.*; do
  load "$part" letter_history "letter_id, seq, at, username, name, role, unit_code, action, status_after, remark"
done
# Assisting units' work lists read letter_assisting_unit, which the service fills as letters change:
# fill it for the loaded letters with V67's own backfill (IGNORE: rows already there stay). A schema
# not migrated that far yet gets it from V67 itself.
if sql -N -e "SHOW TABLES LIKE 'letter_assisting_unit'" | grep -q .; then
  sql -e "$(sed -n '/^INSERT INTO letter_assisting_unit/,$p' \
    "$here/../../mailbox-service/src/main/resources/db/migration/V67__letter_assisting_unit.sql" | sed 's/^INSERT INTO/INSERT IGNORE INTO/')"
fi
sql -e "INSERT INTO bench_seed VALUES (UTC_TIMESTAMP(), $count, 'BENCHKQ234'); ANALYZE TABLE letter, letter_history"
echo "seeded $count letters into $db in $((SECONDS - started)) s"
sql -e "SELECT status, COUNT(*) FROM letter GROUP BY status; SELECT ROUND(SUM(data_length + index_length) / 1048576) AS mb FROM information_schema.tables WHERE table_schema = '$db'"

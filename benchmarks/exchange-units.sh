#!/usr/bin/env bash
# The units and clerks of the document-exchange benchmark, in Keycloak (admin REST API).
#
#   benchmarks/exchange-units.sh setup [N]   # N recipient units (default 880), idempotent
#   benchmarks/exchange-units.sh teardown    # deletes every benchmark group and user
#   benchmarks/exchange-units.sh status      # how many benchmark units and users exist
#
# They live under their own root group `zt-bench` (基准测试单位), NOT under the county's root
# `fengxian`: the running platform's services (and everybody's integration tests) read only
# `fengxian`, so 880 extra units never reach them. The benchmark's own exchange instance reads
# `zt-bench` instead (--zhengtong.directory.root-group=zt-bench, see benchmarks/exchange.sh).
#
#   zt-bench       基准测试单位        the root (itself a unit of that directory)
#   bench-sender   基准测试发文单位    users bench.sender (staff) and bench.leader (staff, leader)
#   bench-0001..N  基准测试单位0001…  one clerk each: bench.0001..N (staff)
#
# Every benchmark user has the demo password Zhengtong@2026. The users come in one partial
# import with a pre-computed PBKDF2 hash (no password hashing per user at import; Keycloak
# re-hashes with the realm's algorithm at the first login). Groups are created one by one
# (a partial import of groups skips or replaces a whole tree). Admin credentials: KC_ADMIN_USER
# and KC_ADMIN_PASSWORD from the environment or .local-infra/secrets.env.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$here")"

KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8180/auth}"
REALM="${REALM:-zhengtong}"
ROOT_GROUP=zt-bench
PASSWORD='Zhengtong@2026'

if [ -z "${KC_ADMIN_PASSWORD:-}" ] && [ -f "$root_dir/.local-infra/secrets.env" ]; then
  # shellcheck disable=SC1091
  . "$root_dir/.local-infra/secrets.env"
fi
: "${KC_ADMIN_USER:=admin}"
: "${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD (or provide .local-infra/secrets.env)}"

say() { printf 'exchange-units: %s\n' "$*" >&2; }

admin_token() {
  curl -fsS --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD" \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token
}

TOKEN=
TOKEN_AT=0
# Admin tokens live 60 s: fetched again after 45.
kc() {
  local method=$1 path=$2
  shift 2
  if [ $((SECONDS - TOKEN_AT)) -ge 45 ] || [ -z "$TOKEN" ]; then
    TOKEN=$(admin_token)
    TOKEN_AT=$SECONDS
  fi
  curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    "$KEYCLOAK_URL/admin/realms/$REALM$path" "$@"
}

root_id() {
  kc GET "/groups?search=$ROOT_GROUP&exact=true&briefRepresentation=true" |
    jq -r --arg name "$ROOT_GROUP" '.[] | select(.name == $name) | .id' | head -n 1
}

group_json() { # name fullName shortName type sort
  jq -nc --arg n "$1" --arg f "$2" --arg s "$3" --arg t "$4" --arg o "$5" \
    '{name: $n, attributes: {fullName: [$f], shortName: [$s], type: [$t], sort: [$o]}}'
}


# The sender unit and N recipient units, one JSON group representation per line.
unit_groups() {
  jq -nc --argjson count "$1" '
    def group($n; $full; $short; $type; $sort):
      {name: $n, attributes: {fullName: [$full], shortName: [$short], type: [$type], sort: ["\($sort)"]}};
    group("bench-sender"; "基准测试发文单位"; "基准发"; "government-office"; 1),
    (range(1; $count + 1) | . as $i | ("000\($i)" | .[-4:]) as $n
      | group("bench-\($n)"; "基准测试单位\($n)"; "基准\($n)"; "department"; $i + 10))'
}

setup() {
  local count=${1:-880} rid existing missing created=0
  if ! [[ $count =~ ^[0-9]+$ ]] || [ "$count" -lt 1 ] || [ "$count" -gt 9999 ]; then
    say "N must be 1..9999"
    exit 2
  fi
  local started=$SECONDS
  rid=$(root_id)
  if [ -z "$rid" ]; then
    # The whole tree in one partial import (seconds; one POST per group takes minutes).
    # Through stdin: 880 groups are too long for an argument.
    unit_groups "$count" | jq -sc --argjson root "$(group_json "$ROOT_GROUP" 基准测试单位 基准 county 0)" \
      '{ifResourceExists: "SKIP", groups: [$root + {path: "/\($root.name)", subGroups: map(. + {path: "/\($root.name)/\(.name)"})}]}' |
      kc POST /partialImport --data-binary @- > /dev/null
    say "groups: created $ROOT_GROUP with $((count + 1)) sub-groups"
  else
    # Grown since the last setup: only the missing sub-groups, one POST each.
    existing=$(kc GET "/groups/$rid/children?briefRepresentation=true&first=0&max=20000" | jq -r '.[].name')
    missing=$(unit_groups "$count" | jq -c --arg existing "$existing" 'select(.name as $n | ($existing | split("\n") | index($n)) | not)')
    while IFS= read -r group; do
      [ -n "$group" ] || continue
      kc POST "/groups/$rid/children" -d "$group" > /dev/null
      created=$((created + 1))
    done <<< "$missing"
    say "groups: $created created, the others existed"
  fi

  # One PBKDF2-SHA256 hash (27,500 iterations, random salt) shared by all benchmark users.
  local credential
  credential=$(PASSWORD="$PASSWORD" python3 - <<'EOF'
import base64, hashlib, json, os
salt = os.urandom(16)
iterations = 27500
value = hashlib.pbkdf2_hmac("sha256", os.environ["PASSWORD"].encode(), salt, iterations, 32)
print(json.dumps({
    "type": "password",
    "secretData": json.dumps({"value": base64.b64encode(value).decode(), "salt": base64.b64encode(salt).decode(),
                              "additionalParameters": {}}),
    "credentialData": json.dumps({"hashIterations": iterations, "algorithm": "pbkdf2-sha256",
                                  "additionalParameters": {}}),
}))
EOF
)
  local users
  users=$(jq -nc --argjson count "$count" --argjson credential "$credential" --arg root "$ROOT_GROUP" '
    def user($name; $first; $roles; $group): {
      username: $name, enabled: true, firstName: $first, lastName: "基准", email: "\($name)@bench.fengxian.example",
      emailVerified: true,
      credentials: [$credential], requiredActions: [],
      realmRoles: (["default-roles-zhengtong"] + $roles), groups: ["/\($root)/\($group)"]};
    {ifResourceExists: "SKIP", users: (
      [user("bench.sender"; "发文员"; ["staff"]; "bench-sender"),
       user("bench.leader"; "签发人"; ["staff", "leader"]; "bench-sender")]
      + [range(1; $count + 1) | ("\(.)" | ("0000" + .)[-4:]) as $n
          | user("bench.\($n)"; "签收员\($n)"; ["staff"]; "bench-\($n)")])}')
  local result
  result=$(kc POST /partialImport --data-binary @- <<< "$users")
  say "users: $(jq -r '"\(.added) added, \(.skipped) existed"' <<< "$result")"
  say "setup of $count units done in $((SECONDS - started)) s"
}

teardown() {
  local rid ids id deleted=0 started=$SECONDS
  # Exact benchmark names only: bench.sender, bench.leader, bench.0001...
  ids=$(kc GET "/users?search=bench.&briefRepresentation=true&first=0&max=20000" |
    jq -r '.[] | select(.username | test("^bench\\.(sender|leader|[0-9]{4})$")) | .id')
  for id in $ids; do
    kc DELETE "/users/$id" > /dev/null
    deleted=$((deleted + 1))
  done
  say "users: $deleted deleted"
  rid=$(root_id)
  if [ -n "$rid" ]; then
    kc DELETE "/groups/$rid" > /dev/null # with every sub-group
    say "groups: $ROOT_GROUP and its sub-groups deleted"
  else
    say "groups: $ROOT_GROUP did not exist"
  fi
  say "teardown done in $((SECONDS - started)) s"
}

status() {
  local rid units users
  rid=$(root_id)
  units=0
  [ -z "$rid" ] || units=$(kc GET "/groups/$rid/children?briefRepresentation=true&first=0&max=20000" |
    jq '[.[] | select(.name | test("^bench-[0-9]{4}$"))] | length')
  users=$(kc GET "/users?search=bench.&briefRepresentation=true&first=0&max=20000" |
    jq '[.[] | select(.username | test("^bench\\.[0-9]{4}$"))] | length')
  echo "recipient units: $units, clerks: $users"
}

case ${1:-} in
  setup) setup "${2:-880}" ;;
  teardown) teardown ;;
  status) status ;;
  *) echo "usage: $0 setup [N] | teardown | status" >&2; exit 2 ;;
esac

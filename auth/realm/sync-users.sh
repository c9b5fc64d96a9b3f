#!/usr/bin/env bash
# Adds the realm file's demo users that a running Keycloak lacks (admin REST API, partial import,
# existing users are skipped and left as they are). `zt infra up` imports the realm only into a
# fresh Keycloak database (IGNORE_EXISTING), so a demo user added to the file reaches a running
# Keycloak only through a re-import, which drops every session, or through this script.
#
#   auth/realm/sync-users.sh          # idempotent; prints how many were added and skipped
#
# Admin credentials: KC_ADMIN_USER and KC_ADMIN_PASSWORD from the environment or
# .local-infra/secrets.env. Needs curl and jq.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$(dirname "$here")")"
realm_file="$here/zhengtong-realm.json"

KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:8180/auth}"
REALM="${REALM:-zhengtong}"

if [ -z "${KC_ADMIN_PASSWORD:-}" ] && [ -f "$root_dir/.local-infra/secrets.env" ]; then
  # shellcheck disable=SC1091
  . "$root_dir/.local-infra/secrets.env"
fi
: "${KC_ADMIN_USER:=admin}"
: "${KC_ADMIN_PASSWORD:?set KC_ADMIN_PASSWORD (or provide .local-infra/secrets.env)}"

token=$(curl -fsS --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
  --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD" \
  "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)

# Service-account users belong to their clients, which a partial import of users cannot create.
jq -c '{ifResourceExists: "SKIP",
        users: [.users[] | select(.serviceAccountClientId == null)]}' "$realm_file" |
  curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary @- "$KEYCLOAK_URL/admin/realms/$REALM/partialImport" |
  jq -r '"sync-users: \(.added) added, \(.skipped) existed" +
    ([.results[]? | select(.action == "ADDED") | .resourceName] | if length > 0 then ": " + join(", ") else "" end)'

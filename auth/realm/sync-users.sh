#!/usr/bin/env bash
# Brings a running realm up to the realm file for what an existing installation lacks, without
# a re-import (which drops every session and overwrites what operators changed). Through the
# admin REST API, in this order:
#
#   1. user profile  the file's declared attributes the realm's profile lacks are added (with the
#                    attribute groups they refer to); attributes, groups and the unmanaged-attribute
#                    policy already there (an operator's) stay as they are
#   2. users         the file's demo users the realm lacks are added (partial import, existing
#                    users skipped); service accounts belong to their clients and are left out
#   3. phoneNumber   a demo user without a phoneNumber gets the file's; a number that is there
#                    (an operator may have changed it) is kept
#
# Nothing is removed or overwritten; the second run changes nothing. Prints what it changed.
#
#   auth/realm/sync-users.sh                       # the realm `zhengtong` at 127.0.0.1:8180
#   REALM=... KEYCLOAK_URL=... auth/realm/sync-users.sh
#
# REALM_FILE picks another realm file (the tests use a copy without the fixed ids). Admin
# credentials: KC_ADMIN_USER and KC_ADMIN_PASSWORD from the environment or
# .local-infra/secrets.env. Needs curl and jq.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(dirname "$(dirname "$here")")"

REALM_FILE="${REALM_FILE:-$here/zhengtong-realm.json}"
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

# Usage: realm_api <method> <path below the realm> [curl args...]; Keycloak's error body is shown.
realm_api() {
  local method=$1 path=$2
  shift 2
  curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $token" "$@" \
    "$KEYCLOAK_URL/admin/realms/$REALM$path"
}

# 1. The user profile. Keycloak 24+ drops undeclared attributes (with a 2xx), so this comes
# before any user is written.
declared=$(jq -c '[.components["org.keycloak.userprofile.UserProfileProvider"][]?
    | select(.providerId == "declarative-user-profile") | .config["kc.user.profile.config"][0]
    | fromjson] | first // empty' "$REALM_FILE")
if [ -z "$declared" ]; then
  echo "sync-users: user profile: the realm file declares none, left as it is"
else
  merged=$(realm_api GET /users/profile | jq -c --argjson file "$declared" '
    [(.attributes // [])[].name] as $have
    | [$file.attributes[]? | select(.name | IN($have[]) | not)] as $attributes
    | [(.groups // [])[].name] as $haveGroups
    | [$file.groups[]? | select(.name | IN($haveGroups[]) | not)
        | select(.name as $group | any($attributes[]; .group == $group))] as $groups
    | {added: [$attributes[].name, ($groups[] | "group " + .name)],
       config: (.attributes = (.attributes // []) + $attributes | .groups = (.groups // []) + $groups)}')
  if [ "$(jq '.added | length' <<<"$merged")" -eq 0 ]; then
    echo "sync-users: user profile: declares every attribute of the realm file, left as it is"
  else
    jq -c .config <<<"$merged" |
      realm_api PUT /users/profile -H 'Content-Type: application/json' --data-binary @- >/dev/null
    echo "sync-users: user profile: added $(jq -r '.added | join(", ")' <<<"$merged")"
  fi
fi

# 2. Missing demo users.
jq -c '{ifResourceExists: "SKIP",
        users: [.users[] | select(.serviceAccountClientId == null)]}' "$REALM_FILE" |
  realm_api POST /partialImport -H 'Content-Type: application/json' --data-binary @- |
  jq -r '"sync-users: users: \(.added) added, \(.skipped) existed" +
    ([.results[]? | select(.action == "ADDED") | .resourceName] | if length > 0 then ": " + join(", ") else "" end)'

# 3. Phone numbers of demo users that have none (e.g. imported before the profile declared it).
set_numbers=()
kept=0
while IFS=$'\t' read -r username query number; do
  user=$(realm_api GET "/users?username=$query&exact=true&briefRepresentation=false" | jq -c '.[0] // empty')
  if [ -z "$user" ]; then
    echo "sync-users: phoneNumber: $username is not in the realm" >&2
    exit 1
  fi
  if jq -e '[.attributes.phoneNumber // [] | .[] | select(. != "")] | length > 0' <<<"$user" >/dev/null; then
    kept=$((kept + 1))
    continue
  fi
  id=$(jq -r .id <<<"$user")
  jq -c --arg number "$number" '.attributes.phoneNumber = [$number]' <<<"$user" |
    realm_api PUT "/users/$id" -H 'Content-Type: application/json' --data-binary @- >/dev/null
  # A profile that does not declare the attribute makes Keycloak discard it without an error.
  if [ "$(realm_api GET "/users/$id" | jq -r '.attributes.phoneNumber[0] // empty')" != "$number" ]; then
    echo "sync-users: phoneNumber: Keycloak did not keep $username's number (does the realm's user profile declare phoneNumber?)" >&2
    exit 1
  fi
  set_numbers+=("$username $number")
done < <(jq -r '.users[] | select(.serviceAccountClientId == null)
    | select((.attributes.phoneNumber[0]? // "") != "")
    | [.username, (.username | @uri), .attributes.phoneNumber[0]] | @tsv' "$REALM_FILE")

if [ "${#set_numbers[@]}" -eq 0 ]; then
  echo "sync-users: phoneNumber: every demo user has one ($kept left as they are)"
else
  joined=$(printf '%s, ' "${set_numbers[@]}")
  echo "sync-users: phoneNumber: set for ${#set_numbers[@]} users (${joined%, }); $kept left as they are"
fi

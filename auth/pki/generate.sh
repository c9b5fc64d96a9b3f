#!/usr/bin/env bash
# Generates the local test PKI of Zhengtong (docs/local-platform.md, "Test PKI").
#
#   auth/pki/generate.sh [--force] <outdir>
#
# Writes into <outdir>:
#   ca.crt, ca.key                 the test CA 凤县政务测试CA (ca.key stays here: test only)
#   server.p12, server.crt/.key    localhost (SAN DNS:localhost, IP:127.0.0.1), serverAuth
#   truststore.p12                 the CA as a Java trusted-certificate entry (alias zhengtong-test-ca)
#   users/<username>.p12/.crt/.key one client certificate per demo user of auth/realm/zhengtong-realm.json
#                                  (CN=<username>, O=凤县人民政府, OU=<unit fullName>, clientAuth)
#   expired/<user>.p12/.crt/.key   an expired certificate of a real user, signed by the test CA
#   untrusted/<user>.p12/.crt/.key a certificate of the same user from another (throwaway) CA
#                                  with the SAME name as the test CA; untrusted/ca.crt is kept, its key is not
# Every .p12 is protected by $ZT_PKI_PASSWORD (required). Keys are unencrypted PEM, mode 600.
#
# Idempotent: an existing CA is reused and only missing files are created (so adding a demo user
# to the realm and re-running adds that user's certificate). --force deletes <outdir>'s PKI files
# and starts again with a new CA (browsers then need the new .p12 files).
set -euo pipefail

usage() { echo "usage: $0 [--force] <outdir>   (needs ZT_PKI_PASSWORD)" >&2; exit 2; }

force=false
outdir=""
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -h|--help) usage ;;
    -*) echo "generate.sh: unknown option $arg" >&2; usage ;;
    *) [ -z "$outdir" ] || usage; outdir="$arg" ;;
  esac
done
[ -n "$outdir" ] || usage

if [ -z "${ZT_PKI_PASSWORD:-}" ]; then
  echo "generate.sh: ZT_PKI_PASSWORD is not set (the password of every .p12; the launcher keeps it in .local-infra/secrets.env)" >&2
  exit 1
fi

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
realm_json="$script_dir/../realm/zhengtong-realm.json"
[ -f "$realm_json" ] || { echo "generate.sh: realm file not found: $realm_json" >&2; exit 1; }

command -v openssl >/dev/null || { echo "generate.sh: openssl is missing" >&2; exit 1; }
case "$(openssl version)" in
  "OpenSSL 3."*) ;;
  *) echo "generate.sh: needs OpenSSL 3.x, found: $(openssl version)" >&2; exit 1 ;;
esac
keytool_bin="$(command -v keytool || true)"
if [ -z "$keytool_bin" ]; then
  for candidate in "${JAVA_HOME:-/nonexistent}/bin/keytool" /usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool /usr/lib/jvm/*/bin/keytool; do
    if [ -x "$candidate" ]; then keytool_bin="$candidate"; break; fi
  done
fi
[ -n "$keytool_bin" ] || { echo "generate.sh: keytool not found (install a JDK or set JAVA_HOME)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "generate.sh: python3 is missing (used to read the realm file)" >&2; exit 1; }

# The user whose certificate also exists in an expired and an untrusted version (for tests).
test_user="zhang.wei"

# Subjects. The certificate policy OID is under 2.999 (ITU-T/ISO "example" arc): test only.
ca_subject="/C=CN/ST=陕西省/L=宝鸡市/O=凤县人民政府/CN=凤县政务测试CA"
org="凤县人民政府"
policy_oid="2.999.86.1"
ca_days=3650
server_days=825
user_days=730

# username <TAB> unit fullName (empty for citizens): every non-service-account user of the realm.
user_list="$(python3 - "$realm_json" <<'PY'
import json, sys
realm = json.load(open(sys.argv[1], encoding="utf-8"))
units = {}
def walk(groups):
    for g in groups:
        units[g["path"]] = (g.get("attributes", {}).get("fullName") or [""])[0]
        walk(g.get("subGroups", []))
walk(realm.get("groups", []))
for u in realm.get("users", []):
    if u.get("serviceAccountClientId"):
        continue
    groups = u.get("groups", [])
    print(u["username"] + "\t" + (units.get(groups[0], "") if groups else ""))
PY
)"
[ -n "$user_list" ] || { echo "generate.sh: no demo users found in $realm_json" >&2; exit 1; }
if ! printf '%s\n' "$user_list" | cut -f1 | grep -qx "$test_user"; then
  echo "generate.sh: test user $test_user is not a demo user of the realm" >&2; exit 1
fi

mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
if $force; then
  rm -rf "$outdir/users" "$outdir/expired" "$outdir/untrusted"
  rm -f "$outdir"/ca.crt "$outdir"/ca.key "$outdir"/ca.srl "$outdir"/server.* "$outdir"/truststore.p12
fi
umask 077
mkdir -p "$outdir/users" "$outdir/expired" "$outdir/untrusted"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ZT_PKI_PASSWORD

created=()
serial() { echo "0x$(openssl rand -hex 16)"; }

# Extensions for certificates signed by a CA (openssl x509 -extfile / openssl ca -extfile).
cat > "$work/ext.cnf" <<EOF
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer

[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
certificatePolicies = $policy_oid
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
EOF

# subject_for <username> <unit fullName>
subject_for() {
  if [ -n "$2" ]; then echo "/C=CN/O=$org/OU=$2/CN=$1"; else echo "/C=CN/CN=$1"; fi
}

# sign <subject> <ext section> <ca.crt> <ca.key> <out prefix> [startdate enddate]
# writes <prefix>.key and <prefix>.crt
sign() {
  local subject="$1" section="$2" cacrt="$3" cakey="$4" prefix="$5"
  openssl req -new -utf8 -newkey rsa:2048 -nodes -sha256 -subj "$subject" \
    -keyout "$prefix.key" -out "$work/req.csr" 2>/dev/null
  if [ $# -ge 7 ]; then
    # A validity in the past: openssl 3.0's x509 has no -not_before/-not_after, `openssl ca` has.
    local cadir="$work/ca-$RANDOM"
    mkdir -p "$cadir"
    : > "$cadir/index.txt"
    openssl rand -hex 16 > "$cadir/serial"
    cat > "$cadir/ca.cnf" <<EOF
[ca]
default_ca = test_ca
[test_ca]
dir = $cadir
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
utf8 = yes
string_mask = utf8only
[any]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
EOF
    openssl ca -batch -config "$cadir/ca.cnf" -cert "$cacrt" -keyfile "$cakey" \
      -startdate "$6" -enddate "$7" -extfile "$work/ext.cnf" -extensions "$section" \
      -notext -in "$work/req.csr" -out "$prefix.crt" 2>/dev/null
  else
    local days="$user_days"
    [ "$section" = server_ext ] && days="$server_days"
    openssl x509 -req -in "$work/req.csr" -CA "$cacrt" -CAkey "$cakey" -set_serial "$(serial)" \
      -days "$days" -sha256 -extfile "$work/ext.cnf" -extensions "$section" -out "$prefix.crt" 2>/dev/null
  fi
  chmod 600 "$prefix.key"
  chmod 644 "$prefix.crt"
}

# p12 <prefix> <friendly name> <ca.crt>: <prefix>.p12 with key, certificate and CA (AES, PBKDF2)
p12() {
  openssl pkcs12 -export -in "$1.crt" -inkey "$1.key" -certfile "$3" -name "$2" \
    -out "$1.p12" -passout env:ZT_PKI_PASSWORD
  chmod 600 "$1.p12"
}

# --- CA ---------------------------------------------------------------------------------------
if [ ! -f "$outdir/ca.crt" ] || [ ! -f "$outdir/ca.key" ]; then
  rm -rf "$outdir/users"/* "$outdir/expired"/* "$outdir/untrusted"/* "$outdir"/server.* "$outdir/truststore.p12"
  openssl req -x509 -new -utf8 -newkey rsa:3072 -nodes -sha256 -days "$ca_days" \
    -subj "$ca_subject" -set_serial "$(serial)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$outdir/ca.key" -out "$outdir/ca.crt" 2>/dev/null
  chmod 600 "$outdir/ca.key"; chmod 644 "$outdir/ca.crt"
  created+=("ca.crt")
fi
ca_crt="$outdir/ca.crt"
ca_key="$outdir/ca.key"

# --- truststore (Java: a trusted-certificate entry; PKCS#12) -----------------------------------
if [ ! -f "$outdir/truststore.p12" ]; then
  "$keytool_bin" -importcert -noprompt -storetype PKCS12 -keystore "$outdir/truststore.p12" \
    -storepass:env ZT_PKI_PASSWORD -alias zhengtong-test-ca -file "$ca_crt" >/dev/null 2>&1
  chmod 644 "$outdir/truststore.p12"
  created+=("truststore.p12")
fi

# --- server certificate ---------------------------------------------------------------------
if [ ! -f "$outdir/server.p12" ]; then
  sign "/C=CN/O=$org/CN=localhost" server_ext "$ca_crt" "$ca_key" "$outdir/server"
  p12 "$outdir/server" server "$ca_crt"
  created+=("server.p12")
fi

# --- one client certificate per demo user ------------------------------------------------------
while IFS=$'\t' read -r username unit; do
  [ -n "$username" ] || continue
  if [ ! -f "$outdir/users/$username.p12" ]; then
    sign "$(subject_for "$username" "$unit")" client_ext "$ca_crt" "$ca_key" "$outdir/users/$username"
    p12 "$outdir/users/$username" "$username" "$ca_crt"
    created+=("users/$username.p12")
  fi
done <<< "$user_list"

test_unit="$(printf '%s\n' "$user_list" | awk -F'\t' -v u="$test_user" '$1 == u { print $2 }')"

# --- expired certificate of the test user (valid 400 to 30 days ago) ---------------------------
if [ ! -f "$outdir/expired/$test_user.p12" ]; then
  sign "$(subject_for "$test_user" "$test_unit")" client_ext "$ca_crt" "$ca_key" "$outdir/expired/$test_user" \
    "$(date -u -d '-400 days' +%Y%m%d%H%M%SZ)" "$(date -u -d '-30 days' +%Y%m%d%H%M%SZ)"
  p12 "$outdir/expired/$test_user" "$test_user" "$ca_crt"
  created+=("expired/$test_user.p12")
fi

# --- certificate of the test user from an untrusted CA with the same name ----------------------
if [ ! -f "$outdir/untrusted/$test_user.p12" ]; then
  openssl req -x509 -new -utf8 -newkey rsa:3072 -nodes -sha256 -days "$ca_days" \
    -subj "$ca_subject" -set_serial "$(serial)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$work/untrusted-ca.key" -out "$outdir/untrusted/ca.crt" 2>/dev/null
  chmod 644 "$outdir/untrusted/ca.crt"
  sign "$(subject_for "$test_user" "$test_unit")" client_ext "$outdir/untrusted/ca.crt" "$work/untrusted-ca.key" \
    "$outdir/untrusted/$test_user"
  p12 "$outdir/untrusted/$test_user" "$test_user" "$outdir/untrusted/ca.crt"
  created+=("untrusted/$test_user.p12")
fi

# Directories readable by the processes of the platform; keys and .p12 files stay 600.
chmod 755 "$outdir" "$outdir/users" "$outdir/expired" "$outdir/untrusted"

if [ ${#created[@]} -eq 0 ]; then
  echo "generate.sh: test PKI in $outdir is complete; nothing to do (use --force for a new CA)"
else
  echo "generate.sh: wrote ${#created[@]} file set(s) into $outdir: ${created[*]}"
fi

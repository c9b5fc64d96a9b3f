#!/usr/bin/env bash
# Regenerates the gateway tests' TLS fixtures (password "changeit"; the alias in each .p12 is its name).
# Not the platform's PKI (that is auth/pki/generate.sh): just enough for the TLS tests.
#
#   truststore.p12          the test CA "Gateway Test CA" (alias ca), valid 2020-2119
#   server.p12              CN=localhost (DNS:localhost, IP:127.0.0.1), serverAuth, valid 2020-2119
#   alice.p12               CN=alice, clientAuth, valid 2020-2119
#   expired.p12             CN=zhang.wei, clientAuth, valid 2021-07-01 to 2022-06-30 20:00 UTC
#                           (2022-07-01 in Asia/Shanghai)
#   not-yet-valid.p12       CN=张伟, clientAuth, valid from 2110-01-01
#   expired-wrong-usage.p12 CN=wrong.usage, expired like expired.p12 but serverAuth only
#   other-ca.p12            CN=alice from another CA with the SAME name as the test CA, valid
#   other-ca-expired.p12    CN=zhang.wei from that other CA, expired like expired.p12
#
# Fixed dates (openssl 3.0's x509 has no -not_before/-not_after, `openssl ca` has), so that the
# tests can name them.
set -euo pipefail
cd "$(dirname "$0")"
pass=changeit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

valid_from=20200101000000Z
valid_to=21191231000000Z
expired_from=20210701000000Z
expired_to=20220630200000Z

# ca_db <ca>: an `openssl ca` directory for <ca>
ca_db() {
  mkdir -p "$work/$1.db"
  : > "$work/$1.db/index.txt"
  openssl rand -hex 16 > "$work/$1.db/serial"
  cat > "$work/$1.cnf" <<EOF
[ca]
default_ca = test_ca
[test_ca]
dir = $work/$1.db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
email_in_dn = no
utf8 = yes
string_mask = utf8only
[any]
commonName = supplied
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
[wrong_usage_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
EOF
}

# new_ca <ca>: a self-signed CA named "Gateway Test CA" (both CAs: the other one only differs in its key)
new_ca() {
  ca_db "$1"
  openssl req -new -utf8 -newkey rsa:2048 -nodes -subj "/CN=Gateway Test CA" \
    -keyout "$work/$1.key" -out "$work/$1.csr" 2>/dev/null
  openssl ca -batch -selfsign -config "$work/$1.cnf" -keyfile "$work/$1.key" -in "$work/$1.csr" \
    -startdate "$valid_from" -enddate "$valid_to" -extensions ca_ext -notext -out "$work/$1.crt" 2>/dev/null
}

# issue <ca> <name> <subject> <extensions> <from> <to>: <name>.p12 (key, certificate, CA)
issue() {
  openssl req -new -utf8 -newkey rsa:2048 -nodes -subj "$3" -keyout "$work/$2.key" -out "$work/$2.csr" 2>/dev/null
  openssl ca -batch -config "$work/$1.cnf" -cert "$work/$1.crt" -keyfile "$work/$1.key" -in "$work/$2.csr" \
    -startdate "$5" -enddate "$6" -extensions "$4" -notext -out "$work/$2.crt" 2>/dev/null
  openssl pkcs12 -export -in "$work/$2.crt" -inkey "$work/$2.key" -certfile "$work/$1.crt" -name "$2" \
    -passout "pass:$pass" -out "$2.p12"
}

new_ca ca
issue ca server "/CN=localhost" server_ext "$valid_from" "$valid_to"
issue ca alice "/CN=alice" client_ext "$valid_from" "$valid_to"
issue ca expired "/CN=zhang.wei" client_ext "$expired_from" "$expired_to"
issue ca not-yet-valid "/CN=张伟" client_ext 21100101000000Z 21110101000000Z
issue ca expired-wrong-usage "/CN=wrong.usage" wrong_usage_ext "$expired_from" "$expired_to"

new_ca other
issue other other-ca "/CN=alice" client_ext "$valid_from" "$valid_to"
issue other other-ca-expired "/CN=zhang.wei" client_ext "$expired_from" "$expired_to"

rm -f truststore.p12
keytool -importcert -noprompt -storetype PKCS12 -keystore truststore.p12 -storepass "$pass" \
  -alias ca -file "$work/ca.crt" >/dev/null 2>&1
chmod 644 ./*.p12

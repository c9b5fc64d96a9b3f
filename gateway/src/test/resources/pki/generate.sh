#!/usr/bin/env bash
# Regenerates the gateway tests' TLS fixtures (valid for 100 years; password "changeit").
# Not the platform's PKI (that is auth/pki/generate.sh): just enough for TlsListenersTest.
set -euo pipefail
cd "$(dirname "$0")"
pass=changeit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj "/CN=Gateway Test CA" \
  -keyout "$work/ca.key" -out "$work/ca.crt" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

issue() { # name subject extensions
  openssl req -newkey rsa:2048 -nodes -subj "$2" -keyout "$work/$1.key" -out "$work/$1.csr"
  printf '%s\n' "$3" > "$work/$1.ext"
  openssl x509 -req -in "$work/$1.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
    -days 36500 -extfile "$work/$1.ext" -out "$work/$1.crt"
  openssl pkcs12 -export -in "$work/$1.crt" -inkey "$work/$1.key" -name "$1" -passout "pass:$pass" -out "$1.p12"
}
issue server "/CN=localhost" "subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth"
issue alice "/CN=alice" "extendedKeyUsage=clientAuth"

rm -f truststore.p12
keytool -importcert -noprompt -storetype PKCS12 -keystore truststore.p12 -storepass "$pass" \
  -alias ca -file "$work/ca.crt"

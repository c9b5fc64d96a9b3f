# shellcheck shell=bash
# Downloads of Kafka's jars and the Elasticsearch and Keycloak zips, all from Maven Central
# through deploy/local/infra-pom.xml (so through ~/.m2 and its mirrors, never a URL of ours).
# Each download gets a ".ok" marker once Maven finished, so a half-copied file is redone.

KAFKA_LIBS=$ZT_DOWNLOADS/kafka-$KAFKA_VERSION/libs
ES_ZIP=$ZT_DOWNLOADS/elasticsearch-$ES_VERSION.zip
KC_ZIP=$ZT_DOWNLOADS/keycloak-quarkus-dist-$KC_VERSION.zip

ensure_downloads() {
  local goals=() log=$ZT_LOGS/downloads.log started
  [ -f "$KAFKA_LIBS.ok" ] || { rm -rf "$KAFKA_LIBS"; goals+=(dependency:copy-dependencies@kafka-libs); }
  if [ ! -f "$ES_ZIP.ok" ] || [ ! -f "$KC_ZIP.ok" ]; then
    # dependency:copy skips files that exist, so remove the ones not known to be complete.
    [ -f "$ES_ZIP.ok" ] || rm -f "$ES_ZIP"
    [ -f "$KC_ZIP.ok" ] || rm -f "$KC_ZIP"
    goals+=(dependency:copy@distributions)
  fi
  [ "${#goals[@]}" -gt 0 ] || return 0

  started=$(now_ms)
  note downloads "fetching through Maven: ${goals[*]} (log: $log)"
  if ! mvnw -B -Dstyle.color=never -f "$ZT_LOCAL/infra-pom.xml" -Dzt.downloads="$ZT_DOWNLOADS" "${goals[@]}" > "$log" 2>&1; then
    fail_component downloads "Maven could not fetch Kafka/Elasticsearch/Keycloak (is Maven Central reachable?)" "$log"
    return 1
  fi
  [ -f "$KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar" ] && touch "$KAFKA_LIBS.ok"
  [ -f "$ES_ZIP" ] && touch "$ES_ZIP.ok"
  [ -f "$KC_ZIP" ] && touch "$KC_ZIP.ok"
  note downloads "done in $(elapsed_since "$started") s"
}

# Unpacks a zip whose single top-level folder becomes <target>; atomic through a temp dir.
# Usage: unpack_zip <component> <zip> <target dir>
unpack_zip() {
  local component=$1 zip=$2 target=$3 tmp
  [ -d "$target" ] && return 0
  tmp=$(dirname "$target")/.unpack-$(basename "$target")
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! unzip -q "$zip" -d "$tmp" > "$ZT_LOGS/$component-unpack.log" 2>&1; then
    rm -rf "$tmp"
    rm -f "$zip.ok"
    fail_component "$component" "unpacking $zip failed (removed its marker: the next run downloads it again)" \
      "$ZT_LOGS/$component-unpack.log"
    return 1
  fi
  mv "$tmp"/* "$target"
  rmdir "$tmp"
}

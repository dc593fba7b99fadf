#!/usr/bin/env bash
# docker-compose's Kafka tooling, run inside the apache/kafka image as the super user admin
# (SASL/PLAIN, password REKISTERI_KAFKA_ADMIN_PASSWORD):
#   compose.sh ready   the broker answers an authenticated client (the kafka service's healthcheck)
#   compose.sh grant   the services' SCRAM-SHA-512 credentials (REGISTER_KAFKA_PASSWORD,
#                      RIGHTS_KAFKA_PASSWORD) and their ACLs, the same as the local stack's
#                      (deploy/local-stack KafkaAccess; KafkaAclsTest holds this file to it).
#                      Safe to run again: credentials are replaced, existing ACLs stay.
# A password may not hold '"', '\', ',' or ']' (JAAS and kafka-configs syntax).
set -euo pipefail

bin=/opt/kafka/bin
bootstrap=${KAFKA_SETUP_BOOTSTRAP:-kafka:9092}
config=$(mktemp)
trap 'rm -f "$config"' EXIT
cat >"$config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${REKISTERI_KAFKA_ADMIN_PASSWORD:?}";
PROPERTIES

user() {
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" --command-config "$config" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[password=$2]"
}

# acl <principal> <resource option> <name> <operation>...
acl() {
  local principal=$1 resource=$2 name=$3
  shift 3
  local operations=()
  for operation in "$@"; do
    operations+=(--operation "$operation")
  done
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" --command-config "$config" --add \
    --allow-principal "User:$principal" "$resource" "$name" "${operations[@]}" >/dev/null
}

case "${1:-}" in
  ready)
    "$bin/kafka-broker-api-versions.sh" --bootstrap-server "$bootstrap" \
      --command-config "$config" >/dev/null
    ;;
  grant)
    user register "${REGISTER_KAFKA_PASSWORD:?}"
    user rights "${RIGHTS_KAFKA_PASSWORD:?}"
    for aggregate in contact order invoice preference organisation controller; do
      acl register --topic "$aggregate.events" Write Create Describe
      acl rights --topic "$aggregate.events" Read Describe
    done
    acl register --topic erasure.ledger Write Create Describe Read AlterConfigs DescribeConfigs
    acl rights --topic erasure.ledger Read Describe
    acl register --topic audit.heads Write Create Describe Read
    acl rights --topic audit.heads Write Create Describe Read
    acl rights --topic rights-service.register-events.dlq Write Create Describe
    acl rights --group rights-service Read
    echo "Kafka principals register and rights and their ACLs are in place"
    ;;
  *)
    echo "usage: compose.sh ready|grant" >&2
    exit 2
    ;;
esac

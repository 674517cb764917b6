#!/usr/bin/env bash
# One node of a Triage Desk cluster: the WAR on the plain Payara Micro jar with clustering switched on deliberately.
# (target/triage-desk.jar is built with --nocluster, which it keeps whatever it is told, so it stays single-node.)
#
#   TRIAGE_CLUSTER_NAME=desk TRIAGE_CLUSTER_SECRET=... TRIAGE_CLUSTER_MEMBERS=10.0.0.1:6900,10.0.0.2:6900 \
#   TRIAGE_CLUSTER_INTERFACE=10.0.0.1 TRIAGE_DB_URL=jdbc:postgresql://db:5432/triage \
#   bash src/main/scripts/cluster-node.sh --port 8080
#
# Required: TRIAGE_CLUSTER_NAME, TRIAGE_CLUSTER_SECRET (16 characters or more, the same on every node),
# TRIAGE_CLUSTER_MEMBERS (host:port of every member; TCP/IP discovery, never multicast), TRIAGE_CLUSTER_INTERFACE
# (the one address the cluster port listens on) and a PostgreSQL TRIAGE_DB_URL. Optional: TRIAGE_CLUSTER_PORT (this
# node's cluster port, default 6900), TRIAGE_WAR (default target/uber-jar/ROOT.war), TRIAGE_PAYARA_MICRO (default
# target/payara-micro.jar), JAVA_OPTS. Anything after the options goes to Payara Micro (e.g. --port 8081).
# The data grid's name is the cluster name plus 16 hex digits of SHA-256 over the secret, a newline and the name, the
# same that the product computes (ClusterSettings.hazelcastClusterName) and checks at start.
set -euo pipefail

fail() { echo "cluster-node.sh: $*" >&2; exit 2; }

name=${TRIAGE_CLUSTER_NAME:-}
secret=${TRIAGE_CLUSTER_SECRET:-}
members=${TRIAGE_CLUSTER_MEMBERS:-}
interface=${TRIAGE_CLUSTER_INTERFACE:-}
cluster_port=${TRIAGE_CLUSTER_PORT:-6900}
war=${TRIAGE_WAR:-target/uber-jar/ROOT.war}
payara=${TRIAGE_PAYARA_MICRO:-target/payara-micro.jar}

[ -n "$name" ] || fail "TRIAGE_CLUSTER_NAME is not set: without a cluster name run the single-node jar (java -jar target/triage-desk.jar)"
[ ${#secret} -ge 16 ] || fail "TRIAGE_CLUSTER_SECRET must be a shared secret of at least 16 characters, the same on every node"
[ -n "$members" ] || fail "TRIAGE_CLUSTER_MEMBERS must list the members as host:port,host:port"
[ -n "$interface" ] || fail "TRIAGE_CLUSTER_INTERFACE must name the address the cluster port listens on"
case "$interface" in 0.0.0.0|'*'|::) fail "TRIAGE_CLUSTER_INTERFACE must be one address, not all interfaces ($interface)";; esac
[[ "$cluster_port" =~ ^[0-9]+$ ]] || fail "TRIAGE_CLUSTER_PORT must be a port number, not '$cluster_port'"
[[ "${TRIAGE_DB_URL:-}" == jdbc:postgresql:* ]] || fail "TRIAGE_DB_URL must be a jdbc:postgresql:// URL shared by every node: H2 is single-node only"
[ -f "$war" ] || fail "no WAR at $war (mvn -DskipTests package builds target/uber-jar/ROOT.war; TRIAGE_WAR names another)"
[ -f "$payara" ] || fail "no Payara Micro jar at $payara (mvn -DskipTests package copies it; TRIAGE_PAYARA_MICRO names another)"

grid="$name-$(printf '%s\n%s' "$secret" "$name" | sha256sum | cut -c1-16)"
export TRIAGE_CLUSTER_NAME TRIAGE_CLUSTER_SECRET TRIAGE_CLUSTER_MEMBERS TRIAGE_CLUSTER_INTERFACE

# hazelcast.socket.bind.any=false: the cluster port listens on TRIAGE_CLUSTER_INTERFACE only (Hazelcast binds to
# every interface otherwise, whatever --interfaces says)
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx512m} -Dhazelcast.socket.bind.any=false -jar "$payara" --deploy "$war" --disablephonehome \
    --clustermode "tcpip:$members" --interfaces "$interface" --startport "$cluster_port" --clustername "$grid" "$@"

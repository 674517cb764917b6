#!/usr/bin/env bash
# One OpenSearch 2.19 node as a local process, for several Triage Desk nodes on one machine (the -Pcluster proof, a
# trial without Docker): the distribution zip from Maven Central, its analysis-common module added, bound to
# 127.0.0.1, single-node discovery. Nothing is downloaded outside Maven Central.
#
#   bash src/main/scripts/opensearch-node.sh start|stop|kill|status [HOME]
#
# HOME (default target/opensearch) holds the unpacked distribution, its data and logs. OPENSEARCH_HTTP_PORT (9200)
# and OPENSEARCH_TRANSPORT_PORT (9300) choose the ports, OPENSEARCH_HEAP (512m) the heap. OpenSearch refuses to run as
# root: as root the node runs as nobody (65534) through setpriv. Japanese: this distribution has no analysis-kuromoji,
# so Triage Desk uses CJK pairs on it (TRIAGE_ANALYSIS_JAPANESE defaults to cjk_bigram with the Elasticsearch backend);
# in production install the plugin (bin/opensearch-plugin install analysis-kuromoji) and set TRIAGE_ANALYSIS_JAPANESE=kuromoji.
set -euo pipefail

VERSION=2.19.6
command=${1:?start, stop, kill or status}
home=$(realpath -m "${2:-target/opensearch}")
http_port=${OPENSEARCH_HTTP_PORT:-9200}
transport_port=${OPENSEARCH_TRANSPORT_PORT:-9300}
heap=${OPENSEARCH_HEAP:-512m}
dist="$home/opensearch-$VERSION"
pidfile="$home/opensearch.pid"
m2=${M2_REPO:-$HOME/.m2/repository}

healthy() { curl -fsS "http://127.0.0.1:$http_port/_cluster/health" >/dev/null 2>&1; }

install() {
  [ -x "$dist/bin/opensearch" ] && return
  local zip="$m2/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
  local common="$m2/org/opensearch/plugin/analysis-common/$VERSION/analysis-common-$VERSION.jar"
  [ -f "$zip" ] || mvn -B -q -ntp dependency:get -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
  [ -f "$common" ] || mvn -B -q -ntp dependency:get -Dartifact="org.opensearch.plugin:analysis-common:$VERSION" -Dtransitive=false
  mkdir -p "$home"
  unzip -q -o "$zip" -d "$home"
  # the filters the analysis chains use (keep_types, synonym_graph, porter_stem, cjk_*, ...)
  mkdir -p "$dist/modules/analysis-common"
  cp "$common" "$dist/modules/analysis-common/"
  cat > "$dist/modules/analysis-common/plugin-descriptor.properties" <<PROPS
description=Adds "built in" analyzers to OpenSearch.
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
PROPS
}

configure() {
  cat > "$dist/config/opensearch.yml" <<YML
cluster.name: triage-search
node.name: triage-search-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $http_port
transport.port: $transport_port
path.data: $home/data
path.logs: $home/logs
# pasted logs make queries of up to 1,500 signature shingles (and the words of the text)
indices.query.bool.max_clause_count: 8192
# one node: no replicas to wait for, a disk almost full is the machine's business
cluster.routing.allocation.disk.threshold_enabled: false
YML
  mkdir -p "$home/data" "$home/logs"
  if [ "$(id -u)" = 0 ]; then chown -R 65534:65534 "$home"; fi
}

start() {
  if healthy; then echo "OpenSearch already answers on 127.0.0.1:$http_port"; return; fi
  install
  configure
  local run=()
  if [ "$(id -u)" = 0 ]; then run=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
  OPENSEARCH_JAVA_OPTS="-Xms$heap -Xmx$heap" JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")} \
    "${run[@]}" "$dist/bin/opensearch" -d -p "$pidfile" >"$home/logs/console.log" 2>&1
  for _ in $(seq 1 120); do
    if healthy; then echo "OpenSearch $VERSION up on 127.0.0.1:$http_port (pid $(cat "$pidfile"))"; return; fi
    sleep 0.5
  done
  echo "OpenSearch did not answer within 60 s; see $home/logs" >&2
  exit 1
}

stop() { # signal: TERM (stop) or KILL (kill)
  [ -f "$pidfile" ] || { echo "no $pidfile"; return; }
  local pid; pid=$(cat "$pidfile")
  kill "-$1" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "OpenSearch stopped"; return; }; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

case "$command" in
  start) start ;;
  stop) stop TERM ;;
  kill) stop KILL ;;
  status) healthy && curl -fsS "http://127.0.0.1:$http_port/_cluster/health" && echo || { echo "OpenSearch not answering on $http_port"; exit 3; } ;;
  *) echo "start, stop, kill or status, not $command" >&2; exit 2 ;;
esac

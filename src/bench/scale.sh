#!/usr/bin/env bash
# The scale benchmark (issue 7) with one command, after `mvn -DskipTests package`:
#
#   bash src/bench/scale.sh [--db h2|pg] [--kis 10000] [--cases 100000] [--out FILE]
#
# It puts the H2, PostgreSQL and Lucene jars from the local Maven repository on the class path
# (resolving them with Maven first if they are missing) and runs src/bench/ScaleBench.java.
# With --db pg it uses (and recreates) the database triage_bench on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/triage-desk.jar ] || mvn -B -q -ntp -DskipTests package
M2=${M2_REPO:-$HOME/.m2/repository}
LUCENE=9.11.1
jars=(
  "com/h2database/h2/2.2.224/h2-2.2.224.jar"
  "org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar"
  "org/apache/lucene/lucene-core/$LUCENE/lucene-core-$LUCENE.jar"
  "org/apache/lucene/lucene-analysis-common/$LUCENE/lucene-analysis-common-$LUCENE.jar"
)
cp=""
for jar in "${jars[@]}"; do
  if [ ! -f "$M2/$jar" ]; then
    IFS=/ read -ra part <<< "$jar"; n=${#part[@]}
    group=$(IFS=.; echo "${part[*]:0:n-3}")
    mvn -B -q -ntp dependency:get -Dartifact="$group:${part[n-3]}:${part[n-2]}"
  fi
  cp="$cp${cp:+:}$M2/$jar"
done
exec java -cp "$cp" src/bench/ScaleBench.java --jar target/triage-desk.jar "$@"

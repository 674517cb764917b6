#!/usr/bin/env bash
# Case listing with many cases (issue 5's figure): starts the app once on an empty data folder
# (Flyway creates the schema), stops it, writes N generated cases into its H2 database with H2's
# RunScript (a separate process, so nothing else holds the database), starts the app again (the
# start-up check finds the case index out of step and rebuilds it: the mass-indexing time), then
# measures GET /api/v1/cases pages: newest first, filtered, and full-text q.
#
#   bash src/bench/case-listing.sh [N=100000]      (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
PORT=${PORT:-18095}
H2=~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar
WORK=$(mktemp -d /tmp/triage-cases.XXXXXX)
export TRIAGE_DATA_DIR=$WORK/data TRIAGE_ADMIN_PASSWORD=bench-admin-password

wait_ready() {
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$PORT/api/v1/triage" -H 'Content-Type: application/json' -d '{"title":"x"}')" = 200 ] && return 0
    sleep 0.5
  done
  echo "the app did not start; see $WORK/app.log" >&2; return 1
}

java -jar target/triage-desk.jar --port "$PORT" >> "$WORK/app.log" 2>&1 & APP=$!
wait_ready; kill "$APP"; wait "$APP" || true

python3 - "$N" "$WORK/cases.sql" <<'PY'
import random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(7)
areas = "CONTROL_PLANE LIFECYCLE NETWORKING CNI_BASIC_INSTALL THIRD_PARTY UPSTREAM_BUG HOW_TO ARC_INTEGRATION AGENT_NODE".split()
words = ("node notready kubelet calico coredns etcd upgrade certificate proxy loadbalancer pending ingress helm istio arc "
         "billing timeout crashloopbackoff dns vip pool disk memory pod flannel windows linux cluster").split()
statuses = ["TRIAGED", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"]
with open(out, "w") as f:
    for i in range(1, n + 1):
        a, b = random.choice(words), random.choice(words)
        ts = f"TIMESTAMP '2025-01-01 00:00:00' + INTERVAL '{i}' MINUTE"
        f.write("INSERT INTO support_case (reference,title,description,customer,severity,status,coverage_area,verdict,confidence,"
                "needs_review,language,created_at,created_by,updated_at,row_version) VALUES "
                f"('CASE-2025-{i:06d}','{a} {b} problem on cluster {i}','The customer reports {a} and {b} issues since the last change.',"
                f"'Customer {i % 500}','{'ABC'[i % 3]}','{statuses[i % 4]}','{random.choice(areas)}','SUPPORTED',0.8,FALSE,'en',{ts},'bench',{ts},0);\n")
    f.write(f"ALTER SEQUENCE case_number RESTART WITH {n + 1};\n")
PY
java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/data/triage" -user sa -password sa -script "$WORK/cases.sql"

START=$(date +%s%N)
java -jar target/triage-desk.jar --port "$PORT" >> "$WORK/app.log" 2>&1 & APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
wait_ready
echo "start-up with $N cases to index: $(( ($(date +%s%N) - START) / 1000000 )) ms; $(grep -o 'search indexes rebuilt in [0-9]* ms' "$WORK/app.log" | tail -1)"
echo "RSS after start: $(ps -o rss= -p "$APP") kB"

python3 - "$PORT" <<'PY'
import base64, http.client, sys, time
auth = "Basic " + base64.b64encode(b"admin:bench-admin-password").decode()
conn = http.client.HTTPConnection("localhost", int(sys.argv[1]))
def run(name, paths, n=400):
    for p in paths[:50]:
        conn.request("GET", p, headers={"Authorization": auth}); conn.getresponse().read()
    times, begin = [], time.time()
    for i in range(n):
        s = time.time(); conn.request("GET", paths[i % len(paths)], headers={"Authorization": auth})
        r = conn.getresponse(); body = r.read(); times.append(time.time() - s)
        if r.status != 200:
            raise SystemExit(f"{paths[i % len(paths)]} answered {r.status}: {body[:200]}")
    total = time.time() - begin; times.sort()
    print(f"{name:48s} p50 {times[n // 2] * 1000:6.2f} ms  p99 {times[n * 99 // 100] * 1000:6.2f} ms  "
          f"{n / total:5.0f} pages/s = {20 * n / total:6.0f} cases/s (of {r.getheader('X-Total-Count')})")
words = "node notready kubelet calico coredns etcd upgrade certificate proxy loadbalancer pending ingress helm istio".split()
run("newest first, pages 0..5000", [f"/api/v1/cases?size=20&page={p}" for p in range(0, 5000, 13)])
run("newest first, first 10 pages", [f"/api/v1/cases?size=20&page={p}" for p in range(10)])
run("status=TRIAGED&area=NETWORKING", [f"/api/v1/cases?status=TRIAGED&area=NETWORKING&size=20&page={p}" for p in range(0, 100, 3)])
run("q=<word>", [f"/api/v1/cases?size=20&q={w}" for w in words])
PY

#!/usr/bin/env bash
# CPU per request: Apparatus's GraphQL API against @neo4j/graphql on the same store (issue 13).
#
#   tools/peer-graphql/compare.sh path/to/apparatus.jar
#
# What it does, one step after the other:
#   1. npm ci in tools/peer-graphql when node_modules is missing (needs the npm registry once);
#   2. generates one province (`generate --provinces 1`) and imports it into a new store, unless
#      STORE names a store that exists (then that store is used as it is);
#   3. starts Apparatus (`serve --no-seed`, embedded Neo4j with Bolt on loopback, free ports) and
#      reads the Bolt password from the file `serve` prints (STORE/bolt-password);
#   4. starts the peer (server.mjs: @neo4j/graphql 7.6.3 + Apollo Server over type-defs.graphql)
#      against that Bolt port, so both read the very same database;
#   5. runs compare.mjs: draws arguments from the store, checks that both sides answer every sample
#      with the same data, warms both up, then measures ROUNDS rounds; in each round every query is
#      sent REQUESTS times to one side and then to the other (the order alternates between rounds),
#      CONCURRENCY requests at a time. CPU = utime + stime of the server processes from
#      /proc/PID/stat, before and after. The peer's database work runs in Apparatus's JVM (the
#      embedded Neo4j), so for the peer both are reported: its node process and the JVM's CPU
#      during its run;
#   6. prints the table, then PROFILEs one request of each query on both sides (profile.mjs: the
#      peer's one statement, captured from @neo4j/graphql, and the cypher/queries/ files Apparatus's
#      data fetchers run), and stops both servers (by their PIDs); the raw figures are kept in
#      tools/peer-graphql/results/ (JSON, with the load average of each round).
#
# Settings (environment): STORE (a store to reuse; default a new one under WORK), WORK (default a
# new folder under /tmp), AS_OF (default 2025-02-28), ROUNDS (5), REQUESTS (300), WARMUP (300),
# CONCURRENCY (2), SAMPLES (40 arguments per query), JAVA_OPTS (for serve).
# Needs: Java 17 and Node 20 (nothing else). The machine's load matters, so read the load average printed
# with each round (docs/performance.md, "Against @neo4j/graphql").
set -euo pipefail

# The whole script is one function, read before it runs (an edit during a run cannot break it).
main() {

  JAR=$(realpath "${1:?usage: compare.sh path/to/apparatus.jar}")
  HERE=$(cd "$(dirname "$0")" && pwd)
  WORK=${WORK:-$(mktemp -d /tmp/peer-graphql.XXXXXX)}
  STORE=${STORE:-$WORK/store}
  AS_OF=${AS_OF:-2025-02-28}
  mkdir -p "$WORK" "$HERE/results"

  if [ ! -d "$HERE/node_modules" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund)
  fi

  if [ ! -d "$STORE" ]; then
    echo "generating one province and importing it into $STORE"
    java -jar "$JAR" generate --provinces 1 "$WORK/province"
    java -jar "$JAR" import "$WORK/province" --store "$STORE" --reason "peer comparison store"
  fi

  APPARATUS_PID=
  PEER_PID=
  stop() {
    if [ -n "$PEER_PID" ]; then kill "$PEER_PID" 2>/dev/null || true; fi
    if [ -n "$APPARATUS_PID" ]; then
      kill "$APPARATUS_PID" 2>/dev/null || true
      wait "$APPARATUS_PID" 2>/dev/null || true
    fi
  }
  trap stop EXIT

  # Waits until FILE has a line matching PATTERN, or the process PID ended, or SECONDS passed.
  wait_for() {
    local file=$1 pattern=$2 pid=$3 seconds=$4
    for _ in $(seq "$seconds"); do
      if grep -q "$pattern" "$file" 2>/dev/null; then return 0; fi
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "process $pid ended before it was ready:"; tail -30 "$file"; return 1
      fi
      sleep 1
    done
    echo "not ready after $seconds s:"; tail -30 "$file"; return 1
  }

  echo "starting Apparatus on $STORE"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" serve --store "$STORE" --no-seed --port 0 --bolt-port 0 > "$WORK/apparatus.log" 2>&1 &
  APPARATUS_PID=$!
  wait_for "$WORK/apparatus.log" "Press Ctrl+C" "$APPARATUS_PID" 900
  APPARATUS_URL=$(grep -o 'GraphQL *http://[^ ]*' "$WORK/apparatus.log" | awk '{print $2}' | head -1)
  BOLT=$(grep -o 'Neo4j *bolt://[^ ]*' "$WORK/apparatus.log" | awk '{print $2}' | head -1)
  PASSWORD_FILE=$(sed -n 's/.*password in \(.*\) (for .*/\1/p' "$WORK/apparatus.log" | head -1)
  PASSWORD_FILE=${PASSWORD_FILE:-$STORE/bolt-password}
  echo "Apparatus: pid $APPARATUS_PID, $APPARATUS_URL, $BOLT, password in $PASSWORD_FILE"

  node "$HERE/server.mjs" --port 0 --bolt "$BOLT" --password-file "$PASSWORD_FILE" > "$WORK/peer.log" 2>&1 &
  PEER_PID=$!
  wait_for "$WORK/peer.log" "peer ready at" "$PEER_PID" 120
  PEER_URL=$(grep -o 'ready at [^ ]*' "$WORK/peer.log" | awk '{print $3}')
  echo "peer: pid $PEER_PID, $PEER_URL"

  OUT="$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)-$(basename "$JAR" .jar).json"
  echo "machine: $(nproc) cores; $(uptime)"
  node "$HERE/compare.mjs" --apparatus "$APPARATUS_URL" --apparatus-pid "$APPARATUS_PID" \
    --peer "$PEER_URL" --peer-pid "$PEER_PID" --bolt "$BOLT" --password-file "$PASSWORD_FILE" \
    --as-of "$AS_OF" --rounds "${ROUNDS:-5}" --requests "${REQUESTS:-300}" --warmup "${WARMUP:-300}" \
    --concurrency "${CONCURRENCY:-2}" --samples "${SAMPLES:-40}" --out "$OUT"
  echo "machine after: $(uptime)"
  echo "raw figures: $OUT"

  # PROFILE of one request of each query on both sides (the first argument drawn for each).
  read -r AGENCY CHAIN UNIT < <(node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).samples;
    console.log(s.agency[0], s.superiors[0], s["unit-agencies"][0]);' "$OUT")
  node "$HERE/profile.mjs" --bolt "$BOLT" --password-file "$PASSWORD_FILE" --as-of "$AS_OF" \
    --agency "$AGENCY" --chain "$CHAIN" --unit "$UNIT" | tee -a "${OUT%.json}.profile.md"
}

main "$@"

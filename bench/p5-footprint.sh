#!/usr/bin/env bash
# P5 footprint (#14): the embedded default started from an empty directory, as the README says (java -jar), N times.
# Ready = /actuator/health answers UP (wall time from the launch); RSS = the process's resident memory after it has
# stood idle for IDLE seconds. JAVA_OPTS are passed to the JVM (to compare flags).
#   bench/p5-footprint.sh [runs=3] [idle-seconds=30]       (build the jar first: ./mvnw -B -pl bot -am package -DskipTests)
set -euo pipefail
runs=${1:-3}
idle=${2:-30}
jar=$(cd "$(dirname "$0")/.." && pwd)/bot/target/baton-bot.jar
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  (cd "$dir" && exec java ${JAVA_OPTS:-} -jar "$jar" --baton.port="$port" > "$dir/out.log" 2>&1) &
  pid=$!
  ready=""
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( ($(date +%s%N) - start) / 1000000 )); break
    fi
    sleep 0.05
  done
  sleep "$idle"
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  started=$(grep -o 'Started BatonApplication in [0-9.]* seconds (process running for [0-9.]*)' "$dir/out.log" || true)
  echo "run $run: ready ${ready:-never} ms, RSS after ${idle} s idle ${rss} MB; ${started:-no start line} (JAVA_OPTS='${JAVA_OPTS:-}')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done

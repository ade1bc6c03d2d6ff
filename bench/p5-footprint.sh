#!/usr/bin/env bash
# P5 footprint (#14): the embedded default started from an empty directory, as the README says (java -jar), N times.
# Ready = /actuator/health answers UP (wall time from the launch); RSS = the process's resident memory after it has
# stood idle for IDLE seconds. JAVA_OPTS are passed to the JVM (to compare flags). MODES says how the jar is started,
# each mode once per run, side by side: "jar" (java -jar of the fat jar, classes read from jars nested in it),
# "extracted" (Spring Boot's documented `java -Djarmode=tools -jar baton-bot.jar extract`, then java -jar of the
# extracted jar: the libraries as plain jars) and "cds" (extracted, plus a class data sharing archive made by one
# training start that exits after the context refresh, -Dspring.context.exit=onRefresh).
#   bench/p5-footprint.sh [runs=3] [idle-seconds=30]       (build the jar first: ./mvnw -B -pl bot -am package -DskipTests)
#   MODES="jar extracted cds" bench/p5-footprint.sh 2 10
set -euo pipefail
runs=${1:-3}
idle=${2:-30}
jar=${JAR:-$(cd "$(dirname "$0")/.." && pwd)/bot/target/baton-bot.jar}
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }
modes=${MODES:-jar}
app=$(mktemp -d)
if [[ " $modes " == *" extracted "* || " $modes " == *" cds "* ]]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$app/extracted" > /dev/null
fi
if [[ " $modes " == *" cds "* ]]; then
  train=$(mktemp -d)
  (cd "$train" && java -XX:ArchiveClassesAtExit="$app/baton.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/extracted/baton-bot.jar" --baton.port=0 > "$train/out.log" 2>&1) || true
  rm -rf "$train"
fi
for run in $(seq 1 "$runs"); do
for mode in $modes; do
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  case "$mode" in
    jar) launch=(-jar "$jar") ;;
    extracted) launch=(-jar "$app/extracted/baton-bot.jar") ;;
    cds) launch=(-XX:SharedArchiveFile="$app/baton.jsa" -jar "$app/extracted/baton-bot.jar") ;;
    *) echo "unknown mode $mode" >&2; exit 1 ;;
  esac
  start=$(date +%s%N)
  (cd "$dir" && exec java ${JAVA_OPTS:-} "${launch[@]}" --baton.port="$port" > "$dir/out.log" 2>&1) &
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
  echo "run $run, $mode: ready ${ready:-never} ms, RSS after ${idle} s idle ${rss} MB; ${started:-no start line} (JAVA_OPTS='${JAVA_OPTS:-}'; load $(cut -d' ' -f1 /proc/loadavg))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
done
rm -rf "$app"

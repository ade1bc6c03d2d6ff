#!/usr/bin/env bash
# P5 footprint (#14): the embedded default started from an empty directory, as the README says (java -jar), N times.
# Ready = /actuator/health answers UP (wall time from the launch); CPU = the process's user+system CPU seconds at that
# moment (what the start costs, nearly independent of how many other processes wait for the cores); RSS = the
# process's resident memory after it has stood idle for IDLE seconds. JAVA_OPTS are passed to the JVM. MODES says how
# the jar is started, each mode once per run, side by side: a base, then options joined by "+":
#   jar        java -jar of the fat jar (classes read from jars nested in it): the README's command
#   extracted  Spring Boot's documented `java -Djarmode=tools -jar baton-bot.jar extract`, then java -jar of the
#              extracted jar (the libraries as plain jars)
#   cds        extracted, plus a class data sharing archive made by one training start that exits after the context
#              refresh (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh); bench/cds-archive.sh makes one
#   demo       the JVM the README's demo command (`./mvnw -pl bot -am spring-boot:run`) forks: the plugin's
#              -XX:TieredStopAtLevel=1 (its optimizedLaunch, on by default), then the run configuration's jvmArguments
#              (bot/pom.xml, read from DEMO_JVM_ARGS, default what the pom has), the modules' classes and the
#              dependency jars, the demo profile; Maven's own time before the fork is not in the figure
#   +lazy      --spring.main.lazy-initialization=true
#   +serial    -XX:+UseSerialGC
#   +c1        -XX:TieredStopAtLevel=1
#   +small     -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=192m -Xmx192m
#   +heap256   -Xmx256m;  +g1idle  -XX:G1PeriodicGCInterval=5000 from the launch (Baton sets 30 s once ready)
# Each start's phases are printed from its log (seconds from the launch): the first log line, the connection pool,
# Flyway's migrations (and their own time), the web context, Quartz, started.
#   bench/p5-footprint.sh [runs=3] [idle-seconds=30]       (build the jar first: ./mvnw -B -pl bot -am package -DskipTests)
#   MODES="jar extracted cds cds+serial" bench/p5-footprint.sh 2 10
set -euo pipefail
runs=${1:-3}
idle=${2:-30}
jar=${JAR:-$(cd "$(dirname "$0")/.." && pwd)/bot/target/baton-bot.jar}
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }
modes=${MODES:-jar}
app=$(mktemp -d)
if [[ " $modes " == *" extracted"* || " $modes " == *" cds"* ]]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$app/extracted" > /dev/null
fi
if [[ " $modes " == *" cds"* ]]; then
  train=$(mktemp -d)
  (cd "$train" && java -XX:ArchiveClassesAtExit="$app/baton.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/extracted/baton-bot.jar" --server.port=0 > "$train/out.log" 2>&1) || true
  [ -f "$app/baton.jsa" ] || { echo "the training start made no archive: see its log" >&2; cat "$train/out.log" >&2; exit 1; }
  rm -rf "$train"
fi
if [[ " $modes " == *" demo"* ]]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  (cd "$root" && ./mvnw -o -B -q -pl bot -am compile dependency:build-classpath -Dmdep.outputFile="$app/cp.txt" > "$app/cp.log" 2>&1) \
    || { cat "$app/cp.log" >&2; exit 1; }
  democp="$root/bot/target/classes:$(cat "$app/cp.txt")"
  if [ -z "${DEMO_JVM_ARGS+x}" ]; then
    DEMO_JVM_ARGS=$(python3 - "$root/bot/pom.xml" <<'PY'
import re, sys
m = re.search(r"<artifactId>spring-boot-maven-plugin</artifactId>.*?<jvmArguments>(.*?)</jvmArguments>", open(sys.argv[1]).read(), re.S)
print(" ".join(m.group(1).split()) if m else "")
PY
)
  fi
fi
ticks=$(getconf CLK_TCK)
for run in $(seq 1 "$runs"); do
for mode in $modes; do
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  flags=()
  args=()
  IFS=+ read -r -a parts <<< "$mode"
  case "${parts[0]}" in
    jar) launch=(-jar "$jar") ;;
    extracted) launch=(-jar "$app/extracted/baton-bot.jar") ;;
    cds) launch=(-XX:SharedArchiveFile="$app/baton.jsa" -jar "$app/extracted/baton-bot.jar") ;;
    demo) launch=(-XX:TieredStopAtLevel=1 ${DEMO_JVM_ARGS} -cp "$democp" dev.baton.bot.BatonApplication
      --spring.profiles.active=demo) ;;
    *) echo "unknown mode $mode" >&2; exit 1 ;;
  esac
  for option in "${parts[@]:1}"; do
    case "$option" in
      lazy) args+=(--spring.main.lazy-initialization=true) ;;
      serial) flags+=(-XX:+UseSerialGC) ;;
      c1) flags+=(-XX:TieredStopAtLevel=1) ;;
      heap256) flags+=(-Xmx256m) ;;
      g1idle) flags+=(-XX:G1PeriodicGCInterval=5000) ;;
      small) flags+=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=48m
        -XX:MaxMetaspaceSize=192m -Xmx192m) ;;
      *) echo "unknown option $option in $mode" >&2; exit 1 ;;
    esac
  done
  start=$(date +%s%N)
  (cd "$dir" && exec java ${JAVA_OPTS:-} "${flags[@]}" "${launch[@]}" --baton.port="$port" "${args[@]}" > "$dir/out.log" 2>&1) &
  pid=$!
  ready=""
  cpu=""
  for _ in $(seq 1 4000); do
    if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( ($(date +%s%N) - start) / 1000000 ))
      cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14+$15)/t}' "/proc/$pid/stat")
      break
    fi
    sleep 0.05
  done
  sleep "$idle"
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  started=$(grep -o 'Started BatonApplication in [0-9.]* seconds' "$dir/out.log" || true)
  echo "run $run, $mode: ready ${ready:-never} ms, CPU at ready ${cpu:-?} s, RSS after ${idle} s idle ${rss} MB; ${started:-no start line} (JAVA_OPTS='${JAVA_OPTS:-}'; load $(cut -d' ' -f1 /proc/loadavg))"
  python3 - "$dir/out.log" "$start" <<'PY'
import re, sys, datetime
log, start = sys.argv[1], int(sys.argv[2]) / 1e9
marks = [("first log line", "Starting BatonApplication"), ("pool", "HikariPool-1 - Start completed"),
         ("migrated", "Successfully applied|Schema .* is up to date"), ("web context", "Root WebApplicationContext"),
         ("quartz", "Quartz Scheduler .* created"), ("started", "Started BatonApplication")]
seen = {}
flyway = ""
for line in open(log, encoding="utf-8", errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z", line)
    if not m:
        continue
    at = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp() - start
    for name, pattern in marks:
        if name not in seen and re.search(pattern, line):
            seen[name] = at
    f = re.search(r"(Successfully applied \d+ migrations|Successfully validated \d+ migrations).*execution time (\S+)\)", line)
    if f:
        flyway += f" [{f.group(1)} in {f.group(2)}]"
print("    phases (s from launch): " + ", ".join(f"{n} {seen[n]:.1f}" for n, _ in marks if n in seen) + flyway)
PY
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
done
rm -rf "$app"

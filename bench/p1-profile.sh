#!/usr/bin/env bash
# P1 ingest (#14), profiled: runs IngestBenchmark in a JVM of its own (not Maven's), starts a JFR recording in it with
# jcmd once the bare endpoint's first run is over, and dumps it when the first run of the DingTalk and WeCom endpoints
# is done, so the recording holds the two callback endpoints under load and nothing of the start or the warm-up.
# Then prints the top frames of the request threads (jfr print, JDK 17).
#   bench/p1-profile.sh [out-dir=target/p1-profile] [seconds=10] [connections=32]
# (compile first: ./mvnw -B -pl bench -am compile)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-target/p1-profile}")
seconds=${2:-10}
connections=${3:-32}
mkdir -p "$out"
./mvnw -o -B -q -pl bench -am dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" > /dev/null
java -Xmx1g -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -classpath "bench/target/classes:$(cat "$out/classpath.txt")" dev.baton.bench.IngestBenchmark "$seconds" \
  "$connections" 1 > "$out/run.log" 2>&1 &
pid=$!
until grep -q '^run 1 bare' "$out/run.log"; do kill -0 $pid 2> /dev/null || { cat "$out/run.log"; exit 1; }; sleep 1; done
jcmd $pid JFR.start name=p1 settings=profile > /dev/null
until grep -q '^run 1 ratio' "$out/run.log"; do kill -0 $pid 2> /dev/null || exit 1; sleep 1; done
jcmd $pid JFR.dump name=p1 filename="$out/p1.jfr" > /dev/null
wait $pid || true
grep -E '^(run|dingtalk|wecom|inbox)' "$out/run.log"
echo "recording: $out/p1.jfr"
# top frames of the request threads (self time), then where their samples pass through Baton's and the libraries' code
jfr print --events jdk.ExecutionSample --stack-depth 64 "$out/p1.jfr" | python3 -c '
import re, sys, collections
top, incl, n = collections.Counter(), collections.Counter(), 0
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    if "http-nio" not in event.split("stackTrace")[0]:
        continue
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    if not frames:
        continue
    n += 1
    top[frames[0]] += 1
    for f in set(frames):
        incl[f] += 1
print(f"{n} samples on the request threads; top frames:")
for f, c in top.most_common(15):
    print(f"{c:5d} {100 * c / n:5.1f}%  {f}")
print("through:")
for f, c in incl.most_common(200):
    if re.search(r"dev\.baton|xstream|dom4j|ServiceLoader|DocumentBuilder|Cipher\.|mariadb.*execute|insert", f):
        print(f"{c:5d} {100 * c / n:5.1f}%  {f}")
' | head -60

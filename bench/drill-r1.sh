#!/bin/sh
# R1 (#14): kill -9 of Baton (a JVM of its own, on the testkit's MariaDB and Redis, talking to the platform emulator
# over HTTP) during a fan-out and, separately, during an inbound burst of signed callbacks; restarted each time; then
# lost and duplicated messages counted on the emulator's record. Figures in BENCHMARKS.md, "R1".
# Usage: bench/drill-r1.sh [trials=10] [WeCom recipients=5000] [DingTalk recipients=5000] [burst callbacks=1000]
# (0 recipients on both platforms leaves the fan-out out; a burst of 0 leaves the burst out)
cd "$(dirname "$0")/.." || exit 1
exec ./mvnw -B -pl bench -am -Pdrill-r1 -DskipTests verify -Ddrill.trials="${1:-10}" -Ddrill.wecom="${2:-5000}" \
  -Ddrill.dingtalk="${3:-5000}" -Ddrill.burst="${4:-1000}"

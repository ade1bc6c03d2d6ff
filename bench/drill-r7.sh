#!/bin/sh
# R7 (#14): Redis stopped and restarted in the middle of a conversation, MariaDB stopped and restarted during an
# inbound burst, under a running Baton (a JVM of its own, talking to the platform emulator over HTTP); each outage
# repeated per trial. Figures in BENCHMARKS.md, "R7".
# Usage: bench/drill-r7.sh [people=100] [turns=10] [burst callbacks=1000] [seconds down=20] [trials=3]
cd "$(dirname "$0")/.." || exit 1
exec ./mvnw -B -pl bench -am -Pdrill-r7 -DskipTests verify -Ddrill.people="${1:-100}" -Ddrill.turns="${2:-10}" \
  -Ddrill.burst="${3:-1000}" -Ddrill.down="${4:-20}" -Ddrill.trials="${5:-3}"

#!/bin/sh
# R3: one broadcast per platform through the emulator with 20% of the calls refused transiently (gateway 503, WeCom
# 45009 and 45033, DingTalk 90018 and -1): everyone known must be reached exactly once, and the only dead letters are
# the people the platforms do not know. Usage: bench/drill-r3.sh [recipients per platform, default 2000] [fault rate]
cd "$(dirname "$0")/.." || exit 1
exec ./mvnw -B -pl bench -am -Pbench-broadcast -DskipTests verify -Dbench.recipients="${1:-2000}" -Dbench.faultRate="${2:-0.2}"

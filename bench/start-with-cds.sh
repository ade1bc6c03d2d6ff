#!/usr/bin/env bash
# Optional faster start of Baton (P5, #14), never required: README's `java -jar bot/target/baton-bot.jar` stays the
# way to run it. This does Spring Boot's documented "efficient deployment" steps once and then starts from them:
#   1. extract the executable jar (java -Djarmode=tools -jar baton-bot.jar extract): classes load from plain jars;
#   2. one training start that exits after the context refresh (-XX:ArchiveClassesAtExit, -Dspring.context.exit=
#      onRefresh), run in a scratch directory so that it leaves no embedded database behind, makes a class data
#      sharing archive;
#   3. start with the archive (-XX:SharedArchiveFile), in the current directory (the embedded default's ./data),
#      with Baton's arguments and JAVA_OPTS.
# Both steps are redone when the jar is newer than the extracted copy (after every upgrade: an archive only fits the
# jars it was made from; a JVM that finds it does not fit says so and starts without it).
#   bench/start-with-cds.sh [Baton's arguments...]        JAR=… (default bot/target/baton-bot.jar), APP=… (default
#                                                         ./baton-app, where the extracted jar and the archive live)
set -euo pipefail
jar=${JAR:-bot/target/baton-bot.jar}
app=${APP:-./baton-app}
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -pl bot -am package -DskipTests)" >&2; exit 1; }
if [ ! -f "$app/baton-bot.jar" ] || [ "$jar" -nt "$app/baton-bot.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" > /dev/null
fi
app=$(cd "$app" && pwd)
if [ ! -f "$app/baton.jsa" ]; then
  scratch=$(mktemp -d)
  echo "training start for the class data sharing archive (once, about as long as one start)..." >&2
  (cd "$scratch" && java -XX:ArchiveClassesAtExit="$app/baton.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/baton-bot.jar" --server.port=0 > "$scratch/training.log" 2>&1) \
    || { echo "the training start failed; its log:" >&2; cat "$scratch/training.log" >&2; rm -rf "$scratch"; exit 1; }
  rm -rf "$scratch"
fi
exec java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$app/baton.jsa" -jar "$app/baton-bot.jar" "$@"

#!/usr/bin/env bash
# A clean build of CORPUS under JFR, in the JVM the jar would relaunch itself into (serial collector,
# raised C2 thresholds), then its CPU samples grouped by stage.
#
#   bash src/bench/profile.sh CORPUS [JAR] [RECORDING]
#
# CORPUS is a folder with content/ (gen_corpus.py's output); JAR defaults to target/standfirst.jar,
# RECORDING to ${TMPDIR:-/tmp}/standfirst-profile.jfr. Prints /usr/bin/time's CPU seconds and peak RSS,
# then jfr_stages.py's table. JAVA_OPTS adds options (e.g. -Xmx1g).
set -euo pipefail
corpus=${1:?usage: profile.sh CORPUS [JAR] [RECORDING]}
jar=${2:-target/standfirst.jar}
jfr=${3:-${TMPDIR:-/tmp}/standfirst-profile.jfr}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# JFR's profile settings, but each thread's CPU every second rather than every ten: jfr_stages.py adds
# the compiler threads' CPU up from these (the compilers' own statistics count waiting for a core too).
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed '/<event name="jdk.ThreadCPULoad">/,/<\/event>/ s|<setting name="period">10 s</setting>|<setting name="period">1 s</setting>|' \
  "$java_home/lib/jfr/profile.jfc" > "$work/profile.jfc"
/usr/bin/time -o "$work/time" -f 'wall %e s, user %U s, sys %S s, peak RSS %M KB' \
  java -XX:+UseSerialGC -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 \
       -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -Dstandfirst.jvm=as-is \
       -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$jfr",settings="$work/profile.jfc" \
       ${JAVA_OPTS:-} -jar "$jar" build --verbose --content "$corpus/content" --output "$work/site" 2>&1 \
  | grep -v "^\["
cat "$work/time"
cpu=$(awk '/^wall/ {gsub(",", ""); print $5 + $8}' "$work/time")
python3 "$here/jfr_stages.py" "$jfr" --cpu "$cpu"

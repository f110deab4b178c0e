#!/bin/sh
# Paired, alternating runs of the result files and report.html of a predictions file, for two builds of the plugin.
# Usage: run.sh <predictions.csv> <plugin jar A> <plugin jar B> [rounds=5]
# The jars' dependencies come from the plugin module's runtime class path (the dependency plugin pinned: a bare
# dependency:build-classpath resolves to its 2.8 offline, which fails).
set -e
csv=$1; a=$2; b=$3; rounds=${4:-5}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
(cd "$here/../../../.." && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp.txt")
javac -d "$work/classes" -cp "$a:$(cat "$work/cp.txt")" "$here/ReportPhases.java"
r=1
while [ "$r" -le "$rounds" ]; do
  for jar in "$a" "$b"; do
    printf '%s round %s: ' "$(basename "$jar")" "$r"
    java -cp "$work/classes:$jar:$(cat "$work/cp.txt")" ReportPhases "$csv" "$work/out" | tr -d '\n'
    echo "; load $(cut -d' ' -f1 /proc/loadavg)"
  done
  r=$((r + 1))
done
rm -rf "$work"

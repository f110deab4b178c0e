#!/usr/bin/env bash
# Stress of the native runtime through whole Maven builds: a generated reactor of MODULES modules, each gating
# the sample project's model on its test set with its own workers and batch size, built ROUNDS times with
# `mvn -T 2 clean verify` (two modules evaluating at once in one Maven JVM, each with its own ONNX Runtime session).
# Fails on a failed build, a JVM crash log, or scores that differ between modules or from the first round's.
#
#   mvn -B -o install -DskipTests -Dinvoker.skip=true     # the plugin under test, into the local repository
#   bash fairness-maven-plugin/src/test/stress/parallel-builds.sh [ROUNDS] [MODULES]
set -euo pipefail
rounds=${1:-10}
modules=${2:-4}
top=$(cd "$(dirname "$0")/../../../.." && pwd)
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$top/pom.xml" | head -1)
data="$top/sample-project/src/test/fairness"
work="$top/fairness-maven-plugin/target/stress-reactor"
rm -rf "$work" && mkdir -p "$work"

module_list=""
for m in $(seq 1 "$modules"); do
  module_list="$module_list<module>m$m</module>"
  mkdir -p "$work/m$m"
  cat > "$work/m$m/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>stress</groupId>
  <artifactId>m$m</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.fairness</groupId>
        <artifactId>fairness-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><phase>verify</phase><goals><goal>check</goal></goals></execution></executions>
        <configuration>
          <model>$data/model.onnx</model>
          <manifest>$data/manifest.csv</manifest>
          <labels><label>Effusion</label></labels>
          <attributes><attribute>sex</attribute></attributes>
          <workers>$(( (m % 2) + 1 ))</workers>
          <batchSize>$(( 8 * m ))</batchSize>
          <bootstrap>200</bootstrap>
          <rules><rule><metric>auc</metric><attribute>sex</attribute><maximum>0.5</maximum></rule></rules>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
done
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>stress</groupId>
  <artifactId>reactor</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <modules>$module_list</modules>
</project>
POM

start=$(date +%s)
for r in $(seq 1 "$rounds"); do
  if ! (cd "$work" && mvn -B -o -q -T 2 clean verify > "$work/round-$r.log" 2>&1); then
    echo "round $r: the build failed, see $work/round-$r.log"; exit 1
  fi
  if ls "$work"/hs_err_pid*.log "$work"/m*/hs_err_pid*.log >/dev/null 2>&1; then
    echo "round $r: the JVM crashed (hs_err_pid*.log in $work)"; exit 1
  fi
  for m in $(seq 1 "$modules"); do
    if ! cmp -s "$work/m1/target/fairness/predictions.csv" "$work/m$m/target/fairness/predictions.csv"; then
      echo "round $r: module m$m scored differently from m1"; exit 1
    fi
  done
  [ "$r" = 1 ] && cp "$work/m1/target/fairness/predictions.csv" "$work/first-round.csv"
  if ! cmp -s "$work/first-round.csv" "$work/m1/target/fairness/predictions.csv"; then
    echo "round $r: the scores differ from round 1's"; exit 1
  fi
  echo "round $r: $modules modules, identical scores"
done
echo "$rounds rounds of $modules modules with -T 2 in $(( $(date +%s) - start )) s: no failure, no crash, identical scores"

#!/bin/sh
# Paired, alternating timing of the 1,000,000-row bootstrap job (issue 13's: 3 labels; sex, age in 5 bins, race,
# sex×age; 1,000 replicates) with two builds of the plugin, each in its own local repository (e.g. a copy of
# fairness-maven-plugin/target/local-repo after the ITs, one per build).
#   python3 generate.py predictions.csv        # the seeded input, 50 MB
#   ./run.sh predictions.csv <local repository A> <local repository B> [rounds, default 3]
# Everything else resolves from the user's local repository (no network). Prints per run: the repository, wall
# and CPU seconds and peak memory of the whole mvn command (GNU time), and the plugin's "Bootstrap: ... in X s".
set -e
here=$(cd "$(dirname "$0")" && pwd)
predictions=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rounds=${4:-3}
i=0
while [ "$i" -lt "$rounds" ]; do
  for repo in "$2" "$3"; do
    work=$(mktemp -d)
    cp "$here/pom.xml" "$work/"
    cat > "$work/settings.xml" <<SETTINGS
<settings><mirrors><mirror><id>user-local</id><mirrorOf>*</mirrorOf>
<url>file://$HOME/.m2/repository</url></mirror></mirrors></settings>
SETTINGS
    /usr/bin/time -o "$work/time" -f "wall %e s, CPU %U s user + %S s system, peak %M KB" \
      mvn -B -s "$work/settings.xml" -f "$work/pom.xml" -Dmaven.repo.local="$repo" -Dpredictions="$predictions" \
      verify > "$work/build.log" 2>&1 || true
    echo "$(basename "$repo"): $(cat "$work/time") | $(grep -o 'Bootstrap: .*' "$work/build.log" | head -1)"
    rm -rf "$work"
  done
  i=$((i + 1))
done

#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Creates the ahead-of-time cache bin/avp starts with (JDK 25+, JEP 483/514/515): a training run (AotTraining:
# validate, generate every target, report in each format, diagram, on the examples) while the JVM records the classes
# it loads and links and the methods' profiles; a second step writes them, linked, to
# target/jvm-cache/avp.aot. bin/avp maps it at start-up; a JVM that cannot use it (other JDK, changed jars) ignores
# it. With an older JDK there is nothing to do. Run by this module's Maven build after target/lib is filled.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${major:-0}" -lt 25 ]; then
  echo "aot-cache: JDK $major has no one-file AOT cache; bin/avp uses dynamic class data sharing instead"
  exit 0
fi
lib="$here/target/lib"; out="$here/target/jvm-cache"
mkdir -p "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
opts=($(cat "$here/jvm.options") --sun-misc-unsafe-memory-access=allow -Xlog:aot=off -Xlog:cds=off)
"$java" "${opts[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/avp.aotconf" -cp "$lib/*" \
  org.avpstudio.cli.internal.AotTraining "$root/examples" "$work" >/dev/null
"$java" "${opts[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/avp.aotconf" -XX:AOTCache="$work/avp.aot" -cp "$lib/*" >/dev/null
mv -f "$work/avp.aot" "$out/avp.aot"
echo "aot-cache: $out/avp.aot ($(du -h "$out/avp.aot" | cut -f1))"

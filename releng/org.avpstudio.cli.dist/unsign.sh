#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Start-up: removes the jar signatures (META-INF/*.SF, *.RSA, *.DSA, *.EC) from the copies of the Eclipse jars in
# target/lib. On a plain class path a signed jar costs every run a signature check of each class read from it, and
# the JDK's ahead-of-time cache and class-data sharing leave out the classes of signed jars (and those that extend
# them: EMF models, the Xtext language): about a third of the classes of `avp validate`. The signatures only matter
# to OSGi and p2 (the update site and the products keep the signed jars); the CLI archive lists each jar with its
# licence in THIRD-PARTY-NOTICES.txt. Run by this module's Maven build after target/lib is filled.
set -euo pipefail
lib="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/lib"
count=0
for jar in "$lib"/*.jar; do
  signatures=$(unzip -Z1 "$jar" | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' || true)
  if [ -n "$signatures" ]; then
    zip -q -d "$jar" $signatures
    count=$((count + 1))
  fi
done
echo "unsign: removed the signatures of $count jar(s) in $lib"

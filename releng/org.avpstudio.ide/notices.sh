#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Puts LICENSE and THIRD-PARTY-NOTICES.txt (releng/notices, from the jars each one ships) into every materialized
# AVP Studio product, before archive-products packs them: ./notices.sh ROOT PRODUCTS_DIR JAVA VERSION
set -euo pipefail
root="$1"; products="$2"; java="$3"; version="$4"
shopt -s nullglob
count=0
for env in "$products"/org.avpstudio.ide/*/*/*; do
  for install in "$env/avpstudio" "$env/avpstudio.app/Contents/Eclipse"; do
    [ -d "$install/plugins" ] || continue
    platform="${env#"$products"/org.avpstudio.ide/}"
    cp "$root/LICENSE" "$install/LICENSE"
    "$java" "$root/releng/notices/ThirdPartyNotices.java" "$install/THIRD-PARTY-NOTICES.txt" \
      "AVP Studio $version for ${platform//\//.}: third-party notices" "$install/plugins" "$install/features" >/dev/null
    count=$((count + 1))
  done
done
if [ "$count" -eq 0 ]; then
  echo "notices.sh: no materialized AVP Studio product below $products" >&2; exit 1
fi
echo "notices: LICENSE and THIRD-PARTY-NOTICES.txt in $count product(s)"

#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Builds the diagram client into ../web: installs the pinned npm packages (package-lock.json) when they are not
# there yet, type-checks and bundles. Run by the bundle's Maven build (process-classes, after it wrote the palette's
# device kinds into src/palette.generated.json); needs node and npm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null; then
  echo "error: npm is needed to build the diagram client (Debian: apt-get install nodejs npm; or run .ci/install-prerequisites)" >&2
  exit 1
fi
if [ ! -f src/palette.generated.json ]; then
  echo "error: src/palette.generated.json is missing: the bundle's Maven build writes it from the metamodel (ClientPalette) before it runs this script" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json .installed-lock.json; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json .installed-lock.json
fi
npm run --silent build

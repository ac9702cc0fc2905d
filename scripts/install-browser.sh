#!/usr/bin/env bash
# Install Debian's headless Chromium for the dashboard's browser tests (tests/web, marker `browser`).
# Playwright's Python package drives it through executable_path=/usr/bin/chromium; we never run
# `playwright install`, which would download a browser build at run time.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-dejavu-core
/usr/bin/chromium --version

#!/usr/bin/env bash
# Browser tests use Debian's Chromium at /usr/bin/chromium (no test downloads a browser).
# Installs it with apt-get when it is missing and we may do so (root, or passwordless sudo).
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$chromium" ]; then exit 0; fi
echo "Chromium not found at $chromium: installing Debian's chromium package…"
if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
  echo "Cannot install Chromium without root: run 'apt-get install -y chromium' and retry." >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
[ -x "$chromium" ] || { echo "Chromium install failed" >&2; exit 1; }

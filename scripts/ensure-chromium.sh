#!/usr/bin/env bash
# Browser tests use Debian's Chromium at /usr/bin/chromium (no test downloads a browser), and the
# shortlist test reads printed PDFs with poppler-utils (pdftotext, pdftoppm). Installs whichever is
# missing with apt-get when we may do so (root, or passwordless sudo).
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
packages=()
[ -x "$chromium" ] || packages+=(chromium fonts-dejavu-core)
{ command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || packages+=(poppler-utils)
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
echo "Missing for the browser tests: ${packages[*]}; installing Debian's packages…"
if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
  echo "Cannot install without root: run 'apt-get install -y ${packages[*]}' and retry." >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${packages[@]}" >/dev/null
[ -x "$chromium" ] || { echo "Chromium install failed" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "poppler-utils install failed" >&2; exit 1; }

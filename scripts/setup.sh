#!/usr/bin/env bash
# Installs the project's dependencies, Node 22 included (the `node` devDependency), when they are
# missing or older than the lock file. npm itself may still be running on the machine's Node 20:
# `npm ci` installs exactly what package-lock.json records, so the engines check cannot pick
# older majors.
set -euo pipefail
cd "$(dirname "$0")/.."
marker=node_modules/.package-lock.json
if [ ! -x node_modules/.bin/node ] || [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error  # Node 20 npm would warn that our packages want Node 22: they run on it
fi
version=$(node_modules/.bin/node --version)
case "$version" in
  v22.1[2-9]*|v22.[2-9][0-9]*|v2[3-9]*) ;;
  *) echo "Expected Node >= 22.12 in node_modules/.bin/node, found $version" >&2; exit 1 ;;
esac

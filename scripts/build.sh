#!/usr/bin/env bash
# npm run build: the pages with Astro, then the search index (scripts/build-search-index.ts), one
# after the other so that the two never hold memory at the same time; then the .ics calendars handed
# over by Astro (scripts/write-calendars.ts); last, the hosts' _headers file (scripts/write-headers.ts),
# which names the folders the steps before wrote.
set -euo pipefail
# Astro's heap is capped: left to itself, V8 lets it grow towards 4.3 GB on a machine like ours before
# collecting. 2,560 MB keeps a 50,000-entry build under 4 GB (docs/benchmarks.md); a much larger
# directory can raise it, e.g. SEGNAVIA_BUILD_HEAP_MB=4096 npm run build.
NODE_OPTIONS="--max-old-space-size=${SEGNAVIA_BUILD_HEAP_MB:-2560} ${NODE_OPTIONS:-}" astro build
node scripts/build-search-index.ts
node scripts/write-calendars.ts
node scripts/write-headers.ts

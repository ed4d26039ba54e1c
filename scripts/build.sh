#!/usr/bin/env bash
# npm run build: the pages with Astro; once Astro has exited (so that they never hold memory at the same
# time), the regions' search indexes (scripts/build-search-index.ts --regions) side by side with the
# steps that read what Astro handed over — the pages of every entry, organisation and comune (scripts/write-pages.ts), the HSDS export (scripts/build-hsds.ts, /dati/hsds/)
# and the .ics calendars (scripts/write-calendars.ts); then, alone, the national search index, whose
# Pagefind process is the largest of the build after Astro; last, the hosts' _headers file
# (scripts/write-headers.ts), which names the folders the steps before wrote.
set -euo pipefail
# Astro's heap is capped: left to itself, V8 lets it grow towards 4.3 GB on a machine like ours before
# collecting. 2,560 MB keeps a 50,000-entry build under 4 GB (docs/benchmarks.md); a much larger
# directory can raise it, e.g. SEGNAVIA_BUILD_HEAP_MB=4096 npm run build.
# Astro renders one template page for the entries, one for the organisations and one for the comuni
# (src/lib/render/page-template.ts), which scripts/write-pages.ts fills in for each below; SEGNAVIA_PAGES=astro has Astro
# render them all instead (slower; the fixture build test compares the two byte for byte).
SEGNAVIA_PAGES="${SEGNAVIA_PAGES:-after-astro}" NODE_OPTIONS="--max-old-space-size=${SEGNAVIA_BUILD_HEAP_MB:-2560} ${NODE_OPTIONS:-}" astro build
# Pagefind indexes in a process of its own, so the exports use the time it leaves on the other core
# instead of adding their own to the build.
node scripts/build-search-index.ts --regions &
search_index=$!
{ node scripts/write-pages.ts && node scripts/build-hsds.ts && node scripts/write-calendars.ts; } || { kill "$search_index" 2>/dev/null; exit 1; }
wait "$search_index"
node scripts/build-search-index.ts --national
node scripts/write-headers.ts

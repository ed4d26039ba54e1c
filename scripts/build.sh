#!/usr/bin/env bash
# npm run build: the pages with Astro; once Astro has exited (so that they never hold memory at the same
# time), two lanes side by side, one per core:
# - the search index: its records (scripts/build-search-index.ts --records), the regions' Pagefind bundles
#   and map data (--regions, two Pagefind processes), then the national bundle, which is planned from the
#   regions' result ids and written by one (--national);
# - on the other core, the pages of every entry, organisation and comune (scripts/write-pages.ts, with one
#   worker: SEGNAVIA_PAGE_WORKERS), then the .ics calendars (scripts/write-calendars.ts);
# and the HSDS export (scripts/build-hsds.ts, /dati/hsds/) after whichever lane ends first: at 50,000 entries
# the pages lane was the longer one in some runs and the search index in others.
# All of them read the entries from the one file Astro hands over (page-inputs.json), deleted once they are
# done. Last, the hosts' _headers file (scripts/write-headers.ts), which names the folders the steps before wrote.
# Measured in docs/benchmarks.md: with the pages on both cores beside the regions' index and the national
# index alone after them, one core sat idle while the national index was written.
# The pages lane runs at a lower priority (nice 10): the national index can only start once the regions' index
# is written, so the regions' two Pagefind processes get the cores first and the pages fill what is left. At
# 50,000 entries (2 cores, no files deleted just before) the regions' index took 47.9 s beside the pages at
# the same priority and 38.6 s at nice 10; the whole build 172 s (one run), then 163 and 164 s.
set -euo pipefail
# A rebuild sets the previous output aside (a rename) and deletes it last, once everything new is written,
# instead of letting Astro delete it first: on ext4 without a journal a new file skips, one by one, every
# inode freed in the minute before, so 390,000 new files right after deleting 323,000 (a 50,000-entry
# build) cost tens of seconds more (docs/benchmarks.md, How it is measured). A folder that is a git
# checkout (e.g. of a publishing branch) is left to Astro, which keeps its .git.
out="${SEGNAVIA_OUT_DIR:-dist}"
previous="${out%/}.previous"
if [ -d "$out" ] && [ ! -e "$out/.git" ]; then
  rm -rf "$previous"
  mv "$out" "$previous"
fi
# Astro's heap is capped: left to itself, V8 lets it grow towards 4.3 GB on a machine like ours before
# collecting. 2,560 MB keeps a 50,000-entry build under 4 GB (docs/benchmarks.md); a much larger
# directory can raise it, e.g. SEGNAVIA_BUILD_HEAP_MB=4096 npm run build.
# Astro renders one template page for the entries, one for the organisations and one for the comuni
# (src/lib/render/page-template.ts), which scripts/write-pages.ts fills in for each below; SEGNAVIA_PAGES=astro has Astro
# render them all instead (slower; the fixture build test compares the two byte for byte).
# Its young generation is 64 MB a half instead of V8's 16: fewer short-lived objects survive to be collected
# again in the old one. At 50,000 entries, Astro alone (four runs each, the machine's speed drifting): 70.5
# and 77.1 s as V8 has it, 66.1 and 70.1 s with 64 MB (32 MB: 66.6; 128 MB: 69.3), for about 100 MB more.
SEGNAVIA_PAGES="${SEGNAVIA_PAGES:-after-astro}" NODE_OPTIONS="--max-old-space-size=${SEGNAVIA_BUILD_HEAP_MB:-2560} --max-semi-space-size=64 ${NODE_OPTIONS:-}" astro build
{ node scripts/build-search-index.ts --records && node scripts/build-search-index.ts --regions && node scripts/build-search-index.ts --national; } &
search_index=$!
{ SEGNAVIA_PAGE_WORKERS="${SEGNAVIA_PAGE_WORKERS:-1}" nice -n 10 node scripts/write-pages.ts && nice -n 10 node scripts/write-calendars.ts; } &
pages=$!
# A step that fails stops the other lane too.
stop() {
  for lane in "$search_index" "$pages"; do pkill -P "$lane" || true; kill "$lane" 2>/dev/null || true; done
  exit 1
}
wait -n "$search_index" "$pages" || stop
node scripts/build-hsds.ts || stop
wait "$search_index" || stop
wait "$pages" || stop
rm -f "$out/page-inputs.json"
node scripts/write-headers.ts
rm -rf "$previous"

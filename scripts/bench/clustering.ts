/**
 * Chooses the clustering library by measurement: supercluster (drawn imperatively, as the map island
 * does) against Leaflet.markercluster, on the same deterministic points in headless Chromium.
 *
 *   node scripts/bench/clustering.ts [--points 50000] [--runs 5]
 *
 * Reports medians of the time to show all points clustered at the national view, and of a pan plus
 * zoom that redraws; writes bench-results/clustering.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';
import { repoRoot } from './build.ts';
import { median as medianOrNull } from '../../src/lib/median.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const points = option('points', 50_000);
const runs = option('runs', 5);

const page = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.css">
<script type="importmap">{"imports":{"kdbush":"/node_modules/kdbush/index.js"}}</script>
<script src="/node_modules/leaflet/dist/leaflet.js"></script>
<script src="/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js"></script>
<style>#map{width:1024px;height:768px}</style></head><body><div id="map"></div>
<script type="module">
import Supercluster from '/node_modules/supercluster/index.js';
function randomPoints(n) {
  let seed = 42; const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, () => [37 + next() * 9, 7.5 + next() * 11]);
}
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
function newMap() { document.getElementById('map').replaceWith(Object.assign(document.createElement('div'), { id: 'map' })); return L.map('map', { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView([42.3, 12.6], 6); }
window.runSupercluster = async (n) => {
  const data = randomPoints(n); const map = newMap(); const layer = L.layerGroup().addTo(map);
  const icon = (count) => L.divIcon({ html: '<span>' + count + '</span>', className: 'c', iconSize: [40, 40] });
  const t0 = performance.now();
  const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(data.map(([lat, lon], i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { i } })));
  const draw = () => { const b = map.getBounds(); layer.clearLayers(); for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(map.getZoom()))) { const [lon, lat] = f.geometry.coordinates; layer.addLayer(L.marker([lat, lon], { icon: icon(f.properties.point_count ?? 1) })); } };
  draw(); await frame(); const shown = performance.now() - t0;
  map.on('moveend', draw); const t1 = performance.now(); map.setView([45.46, 9.19], 9); await frame(); const pan = performance.now() - t1;
  map.remove(); return { shown, pan };
};
window.runMarkercluster = async (n) => {
  const data = randomPoints(n); const map = newMap();
  const t0 = performance.now();
  const group = L.markerClusterGroup({ animate: false });
  group.addLayers(data.map(([lat, lon]) => L.marker([lat, lon])));
  map.addLayer(group); await frame(); const shown = performance.now() - t0;
  const t1 = performance.now(); map.setView([45.46, 9.19], 9); await frame(); const pan = performance.now() - t1;
  map.remove(); return { shown, pan };
};
window.ready = true;
</script></body></html>`;

const median = (values: number[]) => medianOrNull(values) ?? NaN;

const folder = join(repoRoot, 'bench-results/clustering');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'index.html'), page);
const server = await serve(repoRoot);
const browser = await launchBrowser();
const results: Record<string, { shownMs: number; panMs: number; samples: { shown: number; pan: number }[] }> = {};
for (const library of ['Supercluster', 'Markercluster']) {
  const samples: { shown: number; pan: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await tab.goto(`${server.url}/bench-results/clustering/index.html`);
    await tab.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    samples.push(await tab.evaluate(([name, n]) => (window as unknown as Record<string, (n: number) => Promise<{ shown: number; pan: number }>>)[`run${name}`](n), [library, points] as const));
    await tab.close();
  }
  results[library] = { shownMs: median(samples.map((s) => s.shown)), panMs: median(samples.map((s) => s.pan)), samples };
  console.log(`${library}: ${points} points shown in ${results[library].shownMs.toFixed(0)} ms, pan+zoom redraw ${results[library].panMs.toFixed(0)} ms (medians of ${runs})`);
}
await browser.close();
await server.close();
writeFileSync(join(repoRoot, 'bench-results/clustering.json'), JSON.stringify({ points, runs, results }, null, 2));

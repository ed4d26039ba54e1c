/** The coverage map's markers: one per province, sized by active entries and coloured by coverage level. */
import type { CoverageLevel, ProvinceCoverage } from './matrix.ts';

/** What the map island needs for one province (computed at build time, so the island does no counting). */
export interface CoverageMarker {
  sigla: string;
  lat: number;
  lon: number;
  total: number;
  level: CoverageLevel;
  /** 0 for a province with no entry, then 1 (fewest) to 5 (as many as the fullest province). */
  size: number;
  /** What the marker says to a screen reader and in its tooltip: name, count and level. */
  label: string;
  /** The province's coverage page; absent when it has no entry (and so no page). */
  href?: string;
}

/** The size class of a marker: by the square root of its share of the largest count, so areas compare like counts. */
export function markerSize(total: number, max: number): number {
  if (total <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil(Math.sqrt(total / max) * 5));
}

/** The markers of the provinces that have a position, each with its label and link. */
export function coverageMarkers(
  provinces: readonly ProvinceCoverage[],
  describe: (province: ProvinceCoverage) => string,
  href: (sigla: string) => string,
): CoverageMarker[] {
  const max = Math.max(0, ...provinces.map((p) => p.total));
  return provinces
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))
    .map((p) => ({
      sigla: p.sigla,
      lat: p.lat,
      lon: p.lon,
      total: p.total,
      level: p.level,
      size: markerSize(p.total, max),
      label: describe(p),
      ...(p.total > 0 ? { href: href(p.sigla) } : {}),
    }));
}

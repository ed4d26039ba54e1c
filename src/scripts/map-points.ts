/** The compact map data, fetched once per page and shared by the search script and the map island. */
import { decodeMapData, type DecodedPoint, type EncodedMapData } from '../lib/search/map-data.ts';
import { pointsByResult } from '../lib/search/results.ts';

export interface MapPoints {
  points: DecodedPoint[];
  byResult: Map<string, DecodedPoint[]>;
}

export interface SearchTimings {
  mapDataLoaded?: number;
  markersShown?: number;
}

declare global {
  interface Window {
    __segnaviaMapPoints?: Promise<MapPoints>;
    /** The ids of the current results (null: show everything), for the map island when it starts. */
    __segnaviaResults?: { ids: string[] | null };
    /** Timings read by the benchmark (scripts/bench/browser.ts). */
    __segnaviaTimings?: SearchTimings;
  }
}

/** Loads /data/punti.json once (the browser caches it between pages and visits). */
export function loadMapPoints(): Promise<MapPoints> {
  window.__segnaviaMapPoints ??= fetch('/data/punti.json')
    .then((response) => response.json() as Promise<EncodedMapData>)
    .then((data) => {
      const points = decodeMapData(data);
      window.__segnaviaTimings = { ...window.__segnaviaTimings, mapDataLoaded: performance.now() };
      return { points, byResult: pointsByResult(points) };
    });
  return window.__segnaviaMapPoints;
}

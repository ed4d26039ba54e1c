/**
 * The Italian provinces for the coverage pages and report: from src/data/comuni.json (the current
 * 107, with the centroid of each province's comune seats computed when the data was built).
 * Kept apart from matrix.ts so that code which only counts does not load the comuni data.
 */
import comuniData from '../../data/comuni.json' with { type: 'json' };
import type { ComuniData } from '../comuni.ts';
import type { ProvinceInfo } from './matrix.ts';

/** The provinces of the given comuni data (name, region, centroid), in the data's order. */
export function provincesFrom(data: Pick<ComuniData, 'provinces'>): ProvinceInfo[] {
  return Object.entries(data.provinces).map(([sigla, [name, region, lat, lon]]) => ({ sigla, name, region, lat, lon }));
}

/** Every Italian province, from src/data/comuni.json. */
export function italianProvinces(): ProvinceInfo[] {
  return provincesFrom(comuniData as unknown as ComuniData);
}

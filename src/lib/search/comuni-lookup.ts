/** Finds a typed comune ("Rho", "rho (mi)", "Reggio Emilia") in the compact comuni list. */
import { nameKey } from '../comuni.ts';

export type ComuneRow = [name: string, province: string, lat: number, lon: number];

/** "Rho (MI)": how suggestions show a comune, unique across provinces. */
export function comuneOption(row: ComuneRow): string {
  return `${row[0]} (${row[1]})`;
}

/** The comune a person typed or picked: exact "Name (PR)" first, then a unique or best name match. */
export function findComune(rows: ComuneRow[], typed: string): ComuneRow | undefined {
  const withProvince = typed.match(/^(.*)\(([A-Za-z]{2})\)\s*$/);
  const key = nameKey(withProvince ? withProvince[1] : typed);
  if (!key) return undefined;
  const province = withProvince?.[2].toUpperCase();
  const matches = rows.filter((row) => nameKey(row[0]) === key || row[0].split('/').some((part) => nameKey(part) === key));
  const inProvince = province ? matches.filter((row) => row[1] === province) : matches;
  if (inProvince.length) return inProvince[0];
  return rows.find((row) => nameKey(row[0]).startsWith(key));
}

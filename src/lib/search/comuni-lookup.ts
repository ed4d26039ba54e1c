/**
 * "Near a comune": finds what a person typed or picked ("Rho", "rho (mi)", "Bolzano") among the ISTAT
 * comuni that have a centre, using the same compact data and index as the contribution form.
 */
import type { Comune, ComuniIndex } from '../comuni.ts';
import { nameKey } from '../comuni.ts';
import { parseComuneOption } from '../contribute/comuni.ts';

export { comuneOption } from '../contribute/comuni.ts';

/** A comune with its centre. */
export type PlacedComune = Comune & { lat: number; lon: number };

function placed(comune: Comune | undefined): comune is PlacedComune {
  return comune?.lat !== undefined && comune.lon !== undefined;
}

/** The comune typed: "Name (PR)" exactly, else the only (or first) comune with that name, else one starting with it. */
export function findComune(index: ComuniIndex, typed: string): PlacedComune | undefined {
  const option = parseComuneOption(typed);
  if (option) {
    const exact = index.find(option.name, option.province);
    if (placed(exact)) return exact;
  }
  const name = option?.name ?? typed.trim();
  const byName = index.findByName(name).find(placed);
  if (byName) return byName;
  const key = nameKey(name);
  return key ? index.all.find((comune) => placed(comune) && nameKey(comune.name).startsWith(key)) as PlacedComune | undefined : undefined;
}

/**
 * Coverage and gaps (issue 14): how many active entries each province has for every category ×
 * audience and need × audience, compared with Italy as a whole. Pure functions over plain entry data,
 * so the pages, the CSV and `npm run report` count the same way.
 *
 * Rules, stated once:
 * - only entries with status "attivo" count (paused and closed ones are not something to send people to);
 * - an entry counts once in every audience it lists, and once in every province where it has a place
 *   (two places in the same province count once);
 * - entries that happen only online count in the national figures and in their own "online" area,
 *   never in a province: they are reachable from everywhere, so a province page mentions them beside
 *   its gaps instead of hiding a gap behind them.
 */
import { audiences, categories, needs, type Audience, type Category, type Need, type Status } from '../../schema/vocabularies.ts';
import { compareItalian } from '../collate.ts';

/** The fields of an entry that coverage needs (a resource's front matter has them all). */
export interface CoverageEntry {
  category: Category;
  needs: readonly Need[];
  audiences: readonly Audience[];
  status: Status;
  online_only?: boolean;
  locations?: readonly { province: string }[];
}

/** A province as the coverage pages show it: sigla, name, region and the centroid of its comuni. */
export interface ProvinceInfo {
  sigla: string;
  name: string;
  region: string;
  lat: number;
  lon: number;
}

/** Rows × audiences, with distinct-entry totals per row and per audience. */
export interface Matrix<Row extends string = string> {
  rows: readonly Row[];
  columns: readonly Audience[];
  /** counts[row][column]: active entries of that row listing that audience. */
  counts: number[][];
  /** Active entries in each row (an entry counts once per row however many audiences it lists). */
  rowTotals: number[];
  /** Active entries listing each audience. */
  columnTotals: number[];
  /** Active entries in the area. */
  total: number;
}

/** The two matrices of one area (a province, online, Italy). */
export interface AreaCoverage {
  total: number;
  categories: Matrix<Category>;
  needs: Matrix<Need>;
}

/** How well a province is covered, in classes a legend can name; 0 means no active entry at all. */
export type CoverageLevel = 0 | 1 | 2 | 3 | 4;

/** One province's coverage, with the figures the national table and map show. */
export interface ProvinceCoverage extends ProvinceInfo, AreaCoverage {
  /** Category × audience cells with at least one active entry. */
  cellsCovered: number;
  /** Category × audience cells in all (categories × audiences). */
  cellsTotal: number;
  /** Categories with at least one active entry. */
  categoriesPresent: number;
  level: CoverageLevel;
}

/** Coverage of the whole directory. */
export interface Coverage {
  /** Every active entry in Italy, online-only ones included. */
  national: AreaCoverage;
  /** Active entries that happen only online (part of national, in no province). */
  online: AreaCoverage;
  /** Every province, with or without entries, by region then name. */
  provinces: ProvinceCoverage[];
}

export const CATEGORY_KEYS = Object.keys(categories) as Category[];
export const NEED_KEYS = Object.keys(needs) as Need[];
export const AUDIENCE_KEYS = Object.keys(audiences) as Audience[];

/** Whether an entry counts towards coverage: only active ones do. */
export function isCounted(entry: Pick<CoverageEntry, 'status'>): boolean {
  return entry.status === 'attivo';
}

/** Counts entries into one area's matrices as they are added. */
class Tally {
  total = 0;
  private readonly category = zeros(CATEGORY_KEYS.length, AUDIENCE_KEYS.length);
  private readonly need = zeros(NEED_KEYS.length, AUDIENCE_KEYS.length);
  private readonly categoryTotals = new Array<number>(CATEGORY_KEYS.length).fill(0);
  private readonly needTotals = new Array<number>(NEED_KEYS.length).fill(0);
  private readonly audienceTotals = new Array<number>(AUDIENCE_KEYS.length).fill(0);

  add(entry: CoverageEntry): void {
    // Plain loops and no temporary arrays: this runs for every entry and every province it is in (50,000+ times).
    const columns = entry.audiences;
    const row = CATEGORY_INDEX.get(entry.category);
    this.total += 1;
    for (let i = 0; i < columns.length; i++) {
      const column = AUDIENCE_INDEX.get(columns[i]);
      if (column === undefined || columns.indexOf(columns[i]) !== i) continue; // unknown or repeated
      this.audienceTotals[column] += 1;
      if (row !== undefined) this.category[row][column] += 1;
      for (let j = 0; j < entry.needs.length; j++) {
        const needRow = NEED_INDEX.get(entry.needs[j]);
        if (needRow !== undefined && entry.needs.indexOf(entry.needs[j]) === j) this.need[needRow][column] += 1;
      }
    }
    if (row !== undefined) this.categoryTotals[row] += 1;
    for (let j = 0; j < entry.needs.length; j++) {
      const needRow = NEED_INDEX.get(entry.needs[j]);
      if (needRow !== undefined && entry.needs.indexOf(entry.needs[j]) === j) this.needTotals[needRow] += 1;
    }
  }

  result(): AreaCoverage {
    const matrix = <Row extends string>(rows: readonly Row[], counts: number[][], rowTotals: number[]): Matrix<Row> => ({
      rows,
      columns: AUDIENCE_KEYS,
      counts,
      rowTotals,
      columnTotals: this.audienceTotals,
      total: this.total,
    });
    return { total: this.total, categories: matrix(CATEGORY_KEYS, this.category, this.categoryTotals), needs: matrix(NEED_KEYS, this.need, this.needTotals) };
  }
}

const indexOf = <K extends string>(keys: readonly K[]) => new Map(keys.map((key, i) => [key as string, i]));
const CATEGORY_INDEX = indexOf(CATEGORY_KEYS);
const NEED_INDEX = indexOf(NEED_KEYS);
const AUDIENCE_INDEX = indexOf(AUDIENCE_KEYS);

function zeros(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
}

/** The matrices of the given entries, counting only active ones (no place rule: the caller chose the entries). */
export function areaCoverage(entries: Iterable<CoverageEntry>): AreaCoverage {
  const tally = new Tally();
  for (const entry of entries) if (isCounted(entry)) tally.add(entry);
  return tally.result();
}

/** Cells of a matrix with at least one entry. */
export function coveredCells(matrix: Matrix): number {
  let covered = 0;
  for (const row of matrix.counts) for (const count of row) if (count > 0) covered += 1;
  return covered;
}

/** Thresholds of the coverage levels, as shares of category × audience cells covered: [1, 2, 3, 4] start at these. */
export const LEVEL_THRESHOLDS = [0, 0.1, 0.25, 0.5] as const;

/** The level of a province from its entries and covered share (0 only when it has no active entry). */
export function coverageLevel(total: number, share: number): CoverageLevel {
  if (total === 0) return 0;
  if (share >= LEVEL_THRESHOLDS[3]) return 4;
  if (share >= LEVEL_THRESHOLDS[2]) return 3;
  if (share >= LEVEL_THRESHOLDS[1]) return 2;
  return 1;
}

/**
 * Coverage of the whole directory, in one pass over the entries: national, online-only, and every
 * province in `provinces` (provinces named by entries but missing from the list are added with no position).
 */
export function buildCoverage(entries: Iterable<CoverageEntry>, provinces: readonly ProvinceInfo[]): Coverage {
  const national = new Tally();
  const online = new Tally();
  const byProvince = new Map<string, Tally>(provinces.map((p) => [p.sigla, new Tally()]));
  const extra: ProvinceInfo[] = [];
  for (const entry of entries) {
    if (!isCounted(entry)) continue;
    national.add(entry);
    if (entry.online_only) {
      online.add(entry);
      continue;
    }
    const locations = entry.locations ?? [];
    for (let i = 0; i < locations.length; i++) {
      const sigla = locations[i].province;
      if (locations.findIndex((l) => l.province === sigla) !== i) continue; // two places in one province count once
      let tally = byProvince.get(sigla);
      if (!tally) {
        tally = new Tally();
        byProvince.set(sigla, tally);
        extra.push({ sigla, name: sigla, region: '', lat: Number.NaN, lon: Number.NaN });
      }
      tally.add(entry);
    }
  }
  const cellsTotal = CATEGORY_KEYS.length * AUDIENCE_KEYS.length;
  const provinceCoverage = [...provinces, ...extra].map((info): ProvinceCoverage => {
    const area = (byProvince.get(info.sigla) as Tally).result();
    const cellsCovered = coveredCells(area.categories);
    return {
      ...info,
      ...area,
      cellsCovered,
      cellsTotal,
      categoriesPresent: area.categories.rowTotals.filter((n) => n > 0).length,
      level: coverageLevel(area.total, cellsCovered / cellsTotal),
    };
  });
  // By region then name; provinces unknown to the list (no region) last.
  provinceCoverage.sort((a, b) => Number(!a.region) - Number(!b.region) || compareItalian(a.region, b.region) || compareItalian(a.name, b.name));
  return { national: national.result(), online: online.result(), provinces: provinceCoverage };
}

/** One empty cell of a province's matrix, with what exists elsewhere. */
export interface Gap<Row extends string = string> {
  row: Row;
  audience: Audience;
  /** Active entries for this cell in Italy (online-only ones included). */
  national: number;
  /** Of those, the ones that happen only online (reachable from the province too). */
  online: number;
}

/** The empty cells of a matrix, row by row, each with the national and online counts of the same cell. */
export function gaps<Row extends string>(matrix: Matrix<Row>, national: Matrix<Row>, online: Matrix<Row>): Gap<Row>[] {
  const found: Gap<Row>[] = [];
  matrix.rows.forEach((row, r) => {
    matrix.columns.forEach((audience, c) => {
      if (matrix.counts[r][c] === 0) found.push({ row, audience, national: national.counts[r][c], online: online.counts[r][c] });
    });
  });
  return found;
}

/** A whole number as a share of another, rounded to a whole percent ("0%" when the base is 0). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

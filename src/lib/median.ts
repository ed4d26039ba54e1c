/**
 * The one median of the repository (benchmarks, data scripts): the middle value of the sorted
 * numbers; for an even count, the mean of the two middle values. null when there are none.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

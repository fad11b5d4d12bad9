// The one statistic the benchmarks report for repeated timings.

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

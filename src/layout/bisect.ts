/**
 * The index of the first value not less than `x` in ascending `values`, from `low` on: where
 * `x` would be inserted to keep them sorted, before any equal values (as d3-array's
 * `bisectLeft`, which this replaces to keep the bundle within its budget).
 */
export function bisectLeft(values: ArrayLike<number>, x: number, low = 0): number {
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

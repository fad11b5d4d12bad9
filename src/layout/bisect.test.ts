import { bisectLeft as d3BisectLeft } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { bisectLeft } from './bisect.js';

describe('bisectLeft', () => {
  it('finds the first index not below x, before equal values, as d3-array does', () => {
    const values = Float64Array.from([1, 2, 2, 2, 5, 8, 8, 13]);
    for (const x of [-Infinity, 0, 1, 1.5, 2, 3, 5, 8, 9, 13, 14, Infinity]) {
      expect(bisectLeft(values, x)).toBe(d3BisectLeft(values, x));
      expect(bisectLeft(values, x, 3)).toBe(d3BisectLeft(values, x, 3));
    }
  });

  it('gives 0 for an empty array', () => {
    expect(bisectLeft(new Float64Array(0), 5)).toBe(0);
  });
});

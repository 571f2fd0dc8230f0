import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.ts';

describe('quantile (nearest rank)', () => {
  it('picks the rank ceil(q n) of the sorted sample', () => {
    const sample = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(sample, 0.5)).toBe(5);
    expect(quantile(sample, 0.9)).toBe(9);
    expect(quantile(sample, 0.99)).toBe(10);
    expect(quantile(sample, 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

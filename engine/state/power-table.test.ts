import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPowerTable, powerOf } from './power-table.ts';

describe('power table', () => {
  it('gives exactly base ** n, also when bases alternate and after a base comes back', () => {
    const t = createPowerTable();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 5000 })), {
          maxLength: 60,
        }),
        (calls) => {
          for (const [base, n] of calls) {
            expect(Object.is(powerOf(t, base, n), base ** n)).toBe(true);
            // Read again: now from the table.
            expect(Object.is(powerOf(t, base, n), base ** n)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps tables for a few bases at once', () => {
    const t = createPowerTable();
    for (let b = 0; b < 40; b++) expect(powerOf(t, 0.5 + b / 100, 7)).toBe((0.5 + b / 100) ** 7);
    expect(t.byBase.size).toBeLessThanOrEqual(16);
  });
});

import { describe, expect, it } from 'vitest';
import { familyLabel, fill, formatEuro, formatNumber, formatPercent } from './format.ts';

describe('debrief number formatting', () => {
  it('groups thousands and writes decimals per language', () => {
    expect(formatNumber(1234567.891, 'nl', 2)).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
    expect(formatNumber(-12.34, 'nl', 1)).toBe('-12,3');
    expect(formatNumber(-0.01, 'en', 1)).toBe('0.0');
    expect(formatNumber(999, 'nl')).toBe('999');
  });

  it('writes percentages and euros', () => {
    expect(formatPercent(0.384, 'nl')).toBe('38%');
    expect(formatEuro(1500.4, 'en')).toBe('€1,500');
  });

  it('fills both languages and leaves unknown slots visible', () => {
    const t = fill({ nl: '{a} keer in {m}, {x}', en: '{a} times in {m}, {x}' }, { a: 6, m: 'Oostdal' });
    expect(t).toEqual({ nl: '6 keer in Oostdal, {x}', en: '6 times in Oostdal, {x}' });
    expect(fill({ nl: '{n}', en: '{n}' }, { n: 2.25 })).toEqual({ nl: '2,3', en: '2.3' });
    expect(fill({ nl: '{f}', en: '{f}' }, { f: familyLabel('ryan', 'Ryan (14)') }).nl).toContain('Ryan');
  });

  // Issue 15, defect 6: "1 weken" in a debrief sentence.
  it('writes a counted noun in the singular for one and the plural otherwise', () => {
    const weeks = { nl: '{x|week|weken} en {y|week|weken}', en: '{x|week|weeks} and {y|week|weeks}' };
    expect(fill(weeks, { x: 1, y: 3 })).toEqual({ nl: '1 week en 3 weken', en: '1 week and 3 weeks' });
    expect(fill(weeks, { x: 1.5, y: { nl: '1', en: '1' } })).toEqual({
      nl: '1,5 weken en 1 week',
      en: '1.5 weeks and 1 week',
    });
    expect(fill(weeks, { y: 2 }).nl).toBe('{x|week|weken} en 2 weken');
  });

  it('names unknown families by their engine name', () => {
    expect(familyLabel('nieuw', 'Nieuw gezin')).toEqual({ nl: 'Nieuw gezin', en: 'Nieuw gezin' });
  });
});

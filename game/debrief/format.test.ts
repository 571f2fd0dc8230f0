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

  it('names unknown families by their engine name', () => {
    expect(familyLabel('nieuw', 'Nieuw gezin')).toEqual({ nl: 'Nieuw gezin', en: 'Nieuw gezin' });
  });
});

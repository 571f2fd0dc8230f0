import { describe, expect, it } from 'vitest';
import { createFormat } from './format.ts';
import { loadLanguage, otherLanguage, pickText, saveLanguage } from './languages.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('createFormat', () => {
  it('writes numbers the Dutch way in Dutch and the English way in English', () => {
    expect(createFormat('nl').integer(1234567)).toBe('1.234.567');
    expect(createFormat('en').integer(1234567)).toBe('1,234,567');
    expect(createFormat('nl').decimal(4.27)).toBe('4,3');
    expect(createFormat('nl').percent(0.3746)).toBe('37%');
    expect(createFormat('en').euro(36055)).toBe('€36,055');
    expect(createFormat('nl').euro(36055)).toMatch(/€\s?36\.055/);
  });

  it('writes large sums compactly, with a decimal only when it says something', () => {
    expect(createFormat('nl').euroCompact(8_000_000)).toMatch(/^€\s?8\smln\.$/);
    expect(createFormat('nl').euroCompact(8_400_000)).toMatch(/^€\s?8,4\smln\.$/);
    expect(createFormat('en').euroCompact(725_000)).toBe('€725k');
  });

  it('shows a dash for missing values instead of NaN', () => {
    const f = createFormat('nl');
    expect(f.integer(null)).toBe('–');
    expect(f.percent(Number.NaN)).toBe('–');
  });

  it('counts down in minutes and seconds', () => {
    const f = createFormat('en');
    expect(f.countdown(61_000)).toBe('1:01');
    expect(f.countdown(3_725_000)).toBe('1:02:05');
    expect(f.countdown(-5)).toBe('0:00');
  });
});

describe('languages', () => {
  it('defaults to Dutch and remembers the switch', () => {
    const s = memory();
    expect(loadLanguage(s)).toBe('nl');
    saveLanguage(s, 'en');
    expect(loadLanguage(s)).toBe('en');
    expect(otherLanguage('en')).toBe('nl');
    expect(pickText({ nl: 'hallo', en: 'hello' }, 'en')).toBe('hello');
  });
});

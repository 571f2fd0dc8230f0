import { describe, expect, it } from 'vitest';
import { codeAlphabet, entropyBits, isWellFormedCode, normalizeCode, randomCode } from './random-code.ts';

describe('codeAlphabet', () => {
  it('leaves out characters that read alike', () => {
    for (const c of ['0', 'O', '1', 'I', 'L', 'U']) expect(codeAlphabet).not.toContain(c);
    expect(new Set(codeAlphabet).size).toBe(codeAlphabet.length);
    expect(codeAlphabet).toMatch(/^[2-9A-Z]+$/);
    expect(codeAlphabet).toHaveLength(30);
  });
});

describe('randomCode', () => {
  it('draws the requested length from the alphabet', () => {
    for (let i = 0; i < 200; i++) expect(isWellFormedCode(randomCode(6), 6)).toBe(true);
  });

  it('uses the injected index source', () => {
    const indices = [0, 1, 29, 2];
    expect(randomCode(4, () => indices.shift()!)).toBe('23Z4');
  });

  it('uses every character, roughly evenly', () => {
    const counts = new Map<string, number>();
    for (const c of Array.from({ length: 3000 }, () => randomCode(10)).join('')) {
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(codeAlphabet.length);
    // 30,000 draws over 30 characters: about 1,000 each; 800-1,200 is more than 6 standard deviations.
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
    for (const n of counts.values()) expect(n).toBeLessThan(1200);
  });
});

describe('normalizeCode and isWellFormedCode', () => {
  it('accept what people type', () => {
    expect(normalizeCode(' abc-def ')).toBe('ABCDEF');
    expect(normalizeCode('k7 m9 pq')).toBe('K7M9PQ');
  });

  it('reject wrong lengths and ambiguous characters', () => {
    expect(isWellFormedCode('ABCDEF', 6)).toBe(true);
    expect(isWellFormedCode('ABCDE', 6)).toBe(false);
    expect(isWellFormedCode('ABCDE0', 6)).toBe(false);
    expect(isWellFormedCode('ABCDEI', 6)).toBe(false);
    expect(isWellFormedCode('abcdef', 6)).toBe(false);
  });
});

describe('entropyBits', () => {
  it('is length times log2 of the alphabet size', () => {
    expect(entropyBits(2, 8)).toBe(8);
    expect(entropyBits(32, 6)).toBe(30);
    expect(entropyBits(codeAlphabet.length, 6)).toBeCloseTo(29.44, 2);
  });
});

import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-BE', 'nl'],
    ['de-DE,de;q=0.9', 'nl'],
    ['de,en;q=0.5', 'en'],
    ['en;q=0.4,nl;q=0.8', 'nl'],
    ['en;q=0.8,nl;q=0.8', 'en'],
    ['fr, EN-us;q=0.7', 'en'],
    ['en;q=0', 'nl'],
    ['en;q=abc', 'nl'],
    ['*', 'nl'],
  ] as const)('%j -> %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from './error-catalog.ts';
import { languages } from './language.ts';

const apiDoc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

describe('errorCatalog', () => {
  it('has a message in every language for every code, and an error status', () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      for (const language of languages) expect(entry[language].trim(), `${code} ${language}`).not.toBe('');
      expect(entry.nl, code).not.toBe(entry.en);
    }
  });

  it('is documented in docs/api.md, code by code with its status', () => {
    const undocumented = Object.entries(errorCatalog)
      .filter(([code, { status }]) => !new RegExp(`\\| ${status} \\| \`${code}\` \\|`).test(apiDoc))
      .map(([code]) => code);
    expect(undocumented).toEqual([]);
  });
});

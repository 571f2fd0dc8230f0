import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelDocPath, withParameterTable } from '../docs/generate-parameter-table.ts';
import { parameterSpecs } from '../engine/scenario/parameters.ts';

/** docs/MODEL.md must document the parameters the code has (MODEL.md section "Parameters"). */
describe('docs/MODEL.md parameter table', () => {
  it('matches parameterSpecs (regenerate with: node bin/run-ts.js docs/generate-parameter-table.ts)', () => {
    const doc = readFileSync(modelDocPath, 'utf8');
    expect(withParameterTable(doc)).toBe(doc);
  });

  it('gives every parameter a source or an assumption', () => {
    const undocumented = Object.entries(parameterSpecs)
      .filter(([, s]) => {
        const spec: { source?: string; assumption?: string } = s;
        return !spec.source?.trim() && !spec.assumption?.trim();
      })
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('cites sources as file:line or file:start-end', () => {
    const citation = /^\d{3}:\d+(-\d+)?$/;
    const malformed = Object.entries(parameterSpecs).flatMap(([name, s]) => {
      const spec: { source?: string } = s;
      return (spec.source ?? '')
        .split(/,\s*/)
        .filter((c) => c !== '' && !citation.test(c.trim()))
        .map((c) => `${name}: ${c}`);
    });
    expect(malformed).toEqual([]);
  });
});

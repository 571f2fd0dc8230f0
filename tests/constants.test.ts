import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parameterSpecs } from '../engine/scenario/parameters.ts';

/**
 * Every constant that acts in the model is a parameter (engine/scenario/parameter-specs/, documented in
 * docs/MODEL.md). This test keeps numbers from creeping back into the mechanisms: a numeric literal in code
 * (comments do not count) must be a unit or index number, or be listed below with the reason it is not a
 * modelling assumption. A new assumption goes into the parameter specs instead.
 */
const UNITS = new Set([0, 1, 2, 52, 1000]); // zero, one, halves/pairs, weeks per year, per 1000 youths

const ALLOWED: Record<string, Record<string, string>> = {
  'engine/mechanisms/admin.ts': {
    3: 'per-trajectory and task-based pay cost 2/3 and 1/3 of adminPerProductFunding (fixed ratios of that parameter)',
  },
  'engine/mechanisms/care.ts': {
    3: 'three residential bed types: stride of the per-area bed-need array',
    0.5: 'midpoint of a 0-1 stock (learning, autonomy): learningFitGain and craftMandateEffect carry the size',
  },
  'engine/mechanisms/context.ts': {
    10000: 'offset of the year tag, so -1 stays "never"',
  },
  'engine/mechanisms/contracting.ts': {
    10: 'kind index: residential bed types are numbered from 10, apart from the care types 0-4',
    0.5: 'room of a provider nobody contracts: the neutral midpoint (it treats no client of the model)',
  },
  'engine/mechanisms/event-kinds.ts': {
    3: 'event-kind enum value',
    4: 'event-kind enum value and the bit shift of the token',
    5: 'event-kind enum value',
    6: 'event-kind enum value',
    7: 'event-kind enum value',
    8: 'event-kind enum value',
    15: 'bit mask of the event kind',
    400: 'calendar window in weeks (MAX_DELAY_WEEKS)',
  },
  'engine/mechanisms/lifecycle.ts': {
    8: 'phase enum value CLOSED',
  },
  'engine/mechanisms/market.ts': {
    4: 'kind index: residential bed types as residential x 4 + bed type',
    1e-9: 'floating-point tolerance',
  },
  'engine/mechanisms/onset.ts': {
    3: 'index into DOMAIN_LIST (mainDomainWeight)',
    4: 'index into DOMAIN_LIST (mainDomainWeight)',
  },
  'engine/mechanisms/providers.ts': {
    13: 'weeks per quarter (the margin review)',
    4: 'quarters per year (qualityCutPerLoss is per year)',
    3: 'three residential bed types: stride of the per-area bed-need array',
  },
  'engine/report/close-year.ts': {
    4: 'rounding digits of a report figure',
    10: 'decimal base of the rounding',
    0.5: 'median of the wait histogram',
    0.9: '90th percentile of the wait histogram',
  },
};

const files = [
  ...readdirSync('engine/mechanisms')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `engine/mechanisms/${f}`),
  'engine/report/close-year.ts',
];

/** Numeric literals in code (the TypeScript parser skips comments and strings), with their line. */
const literalsIn = (text: string): { value: number; line: number }[] => {
  const src = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const found: { value: number; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNumericLiteral(node)) {
      const line = src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
      found.push({ value: Number(node.text), line });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
};

const literals = (file: string) => literalsIn(readFileSync(file, 'utf8'));

describe('no hidden model constants', () => {
  it('the mechanisms use no numeric literal besides units, indices and the listed exceptions', () => {
    const stray = files.flatMap((file) =>
      literals(file)
        .filter(({ value }) => !UNITS.has(value) && ALLOWED[file]?.[String(value)] === undefined)
        .map(
          ({ value, line }) =>
            `${file}:${line} ${value} (make it a parameter in engine/scenario/parameter-specs/)`,
        ),
    );
    expect(stray).toEqual([]);
  });

  it('every listed exception still occurs (the list cannot hide a removed number)', () => {
    const unused = Object.entries(ALLOWED).flatMap(([file, values]) => {
      const present = new Set(literals(file).map(({ value }) => String(value)));
      return Object.keys(values)
        .filter((v) => !present.has(v))
        .map((v) => `${file}: ${v}`);
    });
    expect(unused).toEqual([]);
  });

  it('reads numbers in code, not in comments or strings', () => {
    const text = "const a = 0.35; // 0.6\n/* 0.7 */ const b = '0.8';\nconst c = clamp(x, 0.2, 4);\n";
    expect(literalsIn(text)).toEqual([
      { value: 0.35, line: 1 },
      { value: 0.2, line: 3 },
      { value: 4, line: 3 },
    ]);
  });
});

/** The other direction: every parameter in the table is read by the engine (no row documents a dead number). */
describe('every parameter acts', () => {
  it('is read somewhere in engine/ outside the parameter specs', () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (entry.name !== 'parameter-specs') walk(path);
        } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          sources.push(readFileSync(path, 'utf8'));
        }
      }
    };
    walk('engine');
    const code = sources.join('\n');
    const unread = Object.keys(parameterSpecs).filter((name) => !new RegExp(`\\b${name}\\b`).test(code));
    expect(unread).toEqual([]);
  });
});

/**
 * Rewrites the parameter table in docs/MODEL.md (between the parameters:start/end markers) from
 * `parameterSpecs`, so the documentation cannot drift from the code. tests/docs.test.ts fails when the
 * table is out of date. Run with `node bin/run-ts.js docs/generate-parameter-table.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParameterSpec, parameterSpecs } from '../engine/scenario/parameters.ts';

export const START_MARKER = '<!-- parameters:start -->';
export const END_MARKER = '<!-- parameters:end -->';
export const modelDocPath = fileURLToPath(new URL('./MODEL.md', import.meta.url));

type Spec = ParameterSpec;

// A pipe would end the table cell; backticks keep citations readable as code.
const cell = (text: string): string => text.replaceAll('|', '\\|').trim();
const code = (text: string): string => `\`${text}\``;
const cite = (source: string): string =>
  source
    .split(/,\s*/)
    .map((s) => code(s.trim()))
    .join(', ');

/** The markdown table: one row per parameter, in the order of engine/scenario/parameters.ts. */
export const parameterTable = (): string => {
  const specs: [string, Spec][] = Object.entries(parameterSpecs);
  const header = [
    '| parameter | default | bounds | mechanism | source | assumption (calibration target) | meaning |',
    '|---|---|---|---|---|---|---|',
  ];
  const rows = specs.map(([name, s]) =>
    [
      '',
      code(name),
      String(s.value),
      `${s.min} to ${s.max}`,
      s.mechanism,
      s.source ? cite(s.source) : '',
      s.assumption ? `assumption: ${cell(s.assumption)}` : '',
      cell(s.doc),
      '',
    ].join(' | '),
  );
  return [...header, ...rows.map((r) => r.trim())].join('\n');
};

/** Returns `markdown` with the block between the markers replaced by the current table. */
export const withParameterTable = (markdown: string): string => {
  const start = markdown.indexOf(START_MARKER);
  const end = markdown.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`MODEL.md needs ${START_MARKER} ... ${END_MARKER}`);
  const before = markdown.slice(0, start + START_MARKER.length);
  const after = markdown.slice(end);
  return `${before}\n${parameterTable()}\n${after}`;
};

const main = (): void => {
  const current = readFileSync(modelDocPath, 'utf8');
  const next = withParameterTable(current);
  if (next === current) {
    console.log(`${modelDocPath}: parameter table up to date`);
    return;
  }
  writeFileSync(modelDocPath, next);
  console.log(
    `${modelDocPath}: parameter table rewritten (${Object.keys(parameterSpecs).length} parameters)`,
  );
};

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();

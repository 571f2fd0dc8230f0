import { outcomeKeys } from '../../../game/explorer/outcomes.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import { type Summary, summarise } from '../../../game/explorer/stats.ts';
import type { Factor } from './vary-levers.ts';

/** What a batch produced; `values[job]` is undefined for a run that did not finish (an interrupted batch). */
export type BatchResult = {
  scenario: string;
  /** The reported year the outcomes are read from: the last one. */
  year: number;
  years: number;
  runs: number;
  seed: number;
  factors: Factor[];
  cells: ExplorerSetting[];
  values: (number[] | undefined)[];
  partial: boolean;
};

const statNames = ['mean', 'p10', 'p50', 'p90'] as const;

/** The job of a cell's run: cells in order, runs of a cell together; run r has seed `seed + r` in every cell. */
export const jobIndex = (runs: number, cell: number, run: number) => cell * runs + run;

const leverValue = (cell: ExplorerSetting, lever: string): unknown =>
  lever.startsWith('regional.')
    ? (cell.regional as Record<string, unknown>)[lever.slice('regional.'.length)]
    : (cell.decisions as Record<string, unknown>)[lever];

/** A lever value as one CSV field (a budget split as aanval/middenveld/verdediging, like `--vary` takes it). */
const leverText = (v: unknown): string =>
  v !== null && typeof v === 'object' ? Object.values(v as Record<string, number>).join('/') : String(v);

type CellRows = { runs: { run: number; seed: number; values: number[] }[]; summary: Summary[] | null };

const cellRows = (r: BatchResult, cell: number): CellRows => {
  const runs = Array.from({ length: r.runs }, (_, run) => ({
    run,
    seed: r.seed + run,
    values: r.values[jobIndex(r.runs, cell, run)],
  })).filter((x): x is { run: number; seed: number; values: number[] } => x.values !== undefined);
  const summary =
    runs.length === 0 ? null : outcomeKeys.map((_, k) => summarise(runs.map((x) => x.values[k])));
  return { runs, summary };
};

/**
 * One table: a `run` row per finished run (stat `value`), then per cell four `summary` rows (stat mean, p10, p50,
 * p90 over its finished runs, `n` of them). `status` is `partial` in every row of an interrupted batch.
 */
export const batchToCsv = (r: BatchResult): string => {
  const levers = r.factors.map((f) => f.lever);
  const header = ['status', 'kind', 'cell', 'run', 'seed', 'n', 'stat', 'year', ...levers, ...outcomeKeys];
  const status = r.partial ? 'partial' : 'complete';
  const lines = [header.join(',')];
  r.cells.forEach((cell, c) => {
    const { runs, summary } = cellRows(r, c);
    const leverFields = levers.map((l) => leverText(leverValue(cell, l)));
    for (const x of runs) {
      lines.push(
        [status, 'run', c, x.run, x.seed, 1, 'value', r.year, ...leverFields, ...x.values].join(','),
      );
    }
    if (!summary) return;
    for (const stat of statNames) {
      const row = [status, 'summary', c, '', '', runs.length, stat, r.year, ...leverFields];
      lines.push([...row, ...summary.map((s) => s[stat])].join(','));
    }
  });
  return `${lines.join('\n')}\n`;
};

const outcomeObject = <T>(values: readonly T[]) =>
  Object.fromEntries(outcomeKeys.map((k, i) => [k, values[i]]));

/** The same content as JSON: `rows` (one per finished run) and `summary` (one per cell with runs). */
export const batchToJson = (r: BatchResult): string => {
  const done = r.values.filter((v) => v !== undefined).length;
  const rows: unknown[] = [];
  const summary: unknown[] = [];
  r.cells.forEach((_, c) => {
    const { runs, summary: s } = cellRows(r, c);
    for (const x of runs) rows.push({ cell: c, run: x.run, seed: x.seed, outcomes: outcomeObject(x.values) });
    if (s) summary.push({ cell: c, n: runs.length, outcomes: outcomeObject(s) });
  });
  const body = {
    status: r.partial ? 'partial' : 'complete',
    done,
    total: r.values.length,
    scenario: r.scenario,
    years: r.years,
    year: r.year,
    runs: r.runs,
    seed: r.seed,
    factors: r.factors,
    outcomes: outcomeKeys,
    cells: r.cells.map((cell, c) => ({
      cell: c,
      levers: Object.fromEntries(r.factors.map((f) => [f.lever, leverValue(cell, f.lever)])),
    })),
    rows,
    summary,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
};

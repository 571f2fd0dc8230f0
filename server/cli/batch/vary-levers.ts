import { decisionsSchema, policyChangeSchema, regionalDecisionsSchema } from '../../../engine/index.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';

/** One `--vary` factor: a lever (scenario schema name; `regional.<name>` for the region) and its values. */
export type Factor = { lever: string; values: unknown[] };

export const municipalLevers = Object.keys(decisionsSchema.shape);
export const regionalLevers = Object.keys(regionalDecisionsSchema.shape).map((k) => `regional.${k}`);
export const batchLevers = [...municipalLevers, ...regionalLevers];

/**
 * A value as typed on the command line: numbers, true/false, null (the scenario's budget), a budget split as
 * aanval/middenveld/verdediging ("0.2/0.2/0.6"), otherwise the text (an option name such as "open-house").
 */
export const parseLeverValue = (text: string): unknown => {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'null') return null;
  if (/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return Number(t);
  const split = t.split('/');
  if (split.length === 3 && split.every((s) => /^(\d+\.?\d*|\.\d+)$/.test(s.trim()))) {
    const [aanval, middenveld, verdediging] = split.map(Number);
    return { aanval, middenveld, verdediging };
  }
  return t;
};

/** The setting that sets one lever to one value. */
export const leverSetting = (lever: string, value: unknown): ExplorerSetting =>
  lever.startsWith('regional.')
    ? { decisions: {}, regional: { [lever.slice('regional.'.length)]: value } }
    : { decisions: { [lever]: value }, regional: {} };

// The scenario schema is the judge of a value: a policy change that sets just this lever.
const valueProblem = (lever: string, value: unknown): string | undefined => {
  const s = leverSetting(lever, value);
  const r = policyChangeSchema.safeParse({ year: 2026, decisions: s.decisions, regional: s.regional });
  return r.success ? undefined : r.error.issues.map((i) => i.message).join('; ');
};

/** Parses every `--vary lever=v1,v2` and collects all problems (unknown lever, bad value, repeated lever). */
export const parseVary = (
  texts: readonly string[],
): { ok: true; factors: Factor[] } | { ok: false; problems: string[] } => {
  const problems: string[] = [];
  const factors: Factor[] = [];
  for (const text of texts) {
    const eq = text.indexOf('=');
    const lever = (eq < 0 ? text : text.slice(0, eq)).trim();
    const raw = eq < 0 ? '' : text.slice(eq + 1);
    if (!batchLevers.includes(lever)) {
      problems.push(`--vary ${text}: unknown lever "${lever}"; levers: ${batchLevers.join(', ')}`);
      continue;
    }
    if (factors.some((f) => f.lever === lever)) {
      problems.push(`--vary ${text}: lever "${lever}" is varied twice`);
      continue;
    }
    const parts = raw.split(',').map((p) => p.trim());
    if (raw.trim() === '' || parts.some((p) => p === '')) {
      problems.push(`--vary ${text}: give values as ${lever}=v1,v2,...`);
      continue;
    }
    const values = parts.map(parseLeverValue);
    parts.forEach((p, i) => {
      const problem = valueProblem(lever, values[i]);
      if (problem) problems.push(`--vary ${lever}: value "${p}": ${problem}`);
    });
    factors.push({ lever, values });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, factors };
};

/** The full factorial: every combination of the factors' values, the first factor varying slowest. */
export const factorialCells = (factors: readonly Factor[]): ExplorerSetting[] =>
  factors.reduce<ExplorerSetting[]>(
    (cells, f) =>
      cells.flatMap((cell) =>
        f.values.map((v) => {
          const one = leverSetting(f.lever, v);
          return {
            decisions: { ...cell.decisions, ...one.decisions },
            regional: { ...cell.regional, ...one.regional },
          };
        }),
      ),
    [{ decisions: {}, regional: {} }],
  );

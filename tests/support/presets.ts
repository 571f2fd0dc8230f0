import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  advanceYears,
  createSimulation,
  type Parameters,
  parseScenario,
  runScenario,
  type Scenario,
  type SimState,
  type SimulationReport,
  type YearReport,
} from '../../engine/index.ts';

/** Preset files live in scenarios/; tests read them directly so they do not depend on the CLI loader. */
export const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** All preset ids (scenarios/<id>.json), sorted, so a new preset is picked up by the golden test. */
export const presetIds = (): string[] =>
  readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();

export type PresetPatch = Partial<Omit<Scenario, 'parameters'>> & { parameters?: Partial<Parameters> };

/**
 * A parsed preset with optional changes (a shorter warm-up keeps tests fast; parameters are merged so a
 * test can switch one mechanism off). Parsed again afterwards so a bad patch fails loudly.
 */
export const loadPreset = (id: string, patch: PresetPatch = {}): Scenario => {
  const raw: unknown = JSON.parse(readFileSync(`${scenariosDir}${id}.json`, 'utf8'));
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`preset ${id}: ${JSON.stringify(parsed.issues)}`);
  const { parameters, ...rest } = patch;
  const merged = {
    ...parsed.scenario,
    ...rest,
    parameters: { ...parsed.scenario.parameters, ...parameters },
  };
  const again = parseScenario(merged);
  if (!again.ok) throw new Error(`patched preset ${id}: ${JSON.stringify(again.issues)}`);
  return again.scenario;
};

/** Warm-up plus `years` reported years; returns the state so callers can read pools or balances. */
export const runYears = (scenario: Scenario, seed: number, years: number): SimState => {
  const st = createSimulation(scenario, seed);
  advanceYears(st, years);
  return st;
};

/**
 * The headless run's report (`runScenario`): one state for a scenario of one area (the same as
 * `buildReport(runYears(...))`), one shard per area for a scenario of several (engine/shards).
 */
export const runReport = (scenario: Scenario, seed: number, years: number): SimulationReport =>
  runScenario(scenario, seed, years);

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export const spendPerYouthInCare = (y: YearReport): number => y.spendEur / y.youthInCare;

/** Every numeric leaf of a value with its dotted path (for "no negative or NaN field" checks). */
export const numericLeaves = (value: unknown, path = ''): Array<[string, number]> => {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numericLeaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, path ? `${path}.${k}` : k));
  }
  return [];
};

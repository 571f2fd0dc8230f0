import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  advance,
  advanceYears,
  applyDecisions,
  buildReport,
  cloneState,
  createSimulation,
  type DecisionsInput,
  type Parameters,
  parseScenario,
  type Scenario,
  type ScenarioInput,
  type SimState,
  type YearReport,
} from '../../engine/index.ts';

/**
 * Helpers for the direction tests (MODEL.md section 5): small scenarios, paired runs with and without one
 * flipped lever over many seeds, and summaries of the paired differences.
 */

export const SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127] as const;

export const readPreset = (id: string): ScenarioInput =>
  JSON.parse(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8')) as ScenarioInput;

export const parseOrThrow = (input: ScenarioInput): Scenario => {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.scenario;
};

export type SmallScenarioOptions = {
  warmupWeeks?: number;
  /** Scales youths, budget and provider staff and beds together (keeps per-youth ratios). */
  scale?: number;
  decisions?: DecisionsInput;
  parameters?: Partial<Parameters>;
  /** Extra scale on provider staff and beds only (a capacity cut below 1). */
  capacity?: number;
};

/**
 * The single-municipality NPM-typical preset (16,000 youths) without named families. A run takes well under
 * 0.1 s, so the default three-year warm-up is kept: a 52-week warm-up is not settled (dozens of bankruptcies
 * and prevalence falling to 1.5% in the first reported years).
 */
export const npmTypisch = (options: SmallScenarioOptions = {}): Scenario => {
  const base = readPreset('npm-typisch');
  const scale = options.scale ?? 1;
  const capacity = options.capacity ?? 1;
  return parseOrThrow({
    ...base,
    warmupWeeks: options.warmupWeeks ?? 156,
    namedFamilies: [],
    parameters: options.parameters ?? {},
    municipalities: base.municipalities.map((m) => ({
      ...m,
      youth: Math.round(m.youth * scale),
      budgetEur: m.budgetEur * scale,
      decisions: { ...(m.decisions ?? {}), ...(options.decisions ?? {}) },
    })),
    providers: base.providers.map((p) => ({
      ...p,
      fte: p.fte * scale * capacity,
      ...(p.beds ? { beds: Math.max(1, Math.round(p.beds * scale * capacity)) } : {}),
    })),
  });
};

export type Flip = (st: SimState) => void;

export type PairedRun = { seed: number; base: SimState; flipped: SimState };

export type PairedOptions = {
  years: number;
  /** Applied to the flipped arm only. */
  flip?: Flip;
  /** The flipped arm's scenario when the lever is part of the scenario (e.g. capacity, a start value). */
  flippedScenario?: Scenario;
  /**
   * 'start': the lever is flipped before the warm-up, so both arms reach their own settled state
   * (steady-state comparison). 'after-warmup': both arms share the warm-up (one cloned state) and the lever
   * is flipped when reporting starts (a policy change, e.g. M12's delayed effect).
   */
  at?: 'start' | 'after-warmup';
  seeds?: readonly number[];
};

/** Runs every seed twice: the baseline and the same seed with one lever flipped (common random numbers). */
export const pairedRuns = (scenario: Scenario, options: PairedOptions): PairedRun[] =>
  (options.seeds ?? SEEDS).map((seed) => {
    const base = createSimulation(scenario, seed);
    let flipped: SimState;
    if (options.at === 'after-warmup') {
      advance(base, base.warmupWeeks);
      flipped = cloneState(base);
    } else flipped = createSimulation(options.flippedScenario ?? scenario, seed);
    options.flip?.(flipped);
    advanceYears(base, options.years);
    advanceYears(flipped, options.years);
    return { seed, base, flipped };
  });

export type PairedSummary = {
  base: number[];
  flipped: number[];
  /** Per-seed flipped - base. */
  diffs: number[];
  meanBase: number;
  meanFlipped: number;
  meanDiff: number;
  /** meanFlipped / meanBase - 1. */
  relative: number;
  minDiff: number;
  maxDiff: number;
  /** Share of seeds whose difference has the sign `sign` (ties count against). */
  agree: (sign: 1 | -1) => number;
};

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export const summarize = (base: number[], flipped: number[]): PairedSummary => {
  const diffs = flipped.map((f, i) => f - base[i]);
  const meanBase = mean(base);
  const meanFlipped = mean(flipped);
  return {
    base,
    flipped,
    diffs,
    meanBase,
    meanFlipped,
    meanDiff: mean(diffs),
    relative: meanBase !== 0 ? meanFlipped / meanBase - 1 : Number.NaN,
    minDiff: Math.min(...diffs),
    maxDiff: Math.max(...diffs),
    agree: (sign) => diffs.filter((d) => Math.sign(d) === sign).length / diffs.length,
  };
};

/** Years of the first municipality's report. */
export const yearsOf = (st: SimState, municipality = 0): YearReport[] =>
  buildReport(st).municipalities[municipality].years;

export type YearMeasure = (y: YearReport) => number;

/** A measure of each run (from the whole state), summarised over the seeds. */
export const measure = (runs: PairedRun[], of: (st: SimState) => number): PairedSummary =>
  summarize(
    runs.map((r) => of(r.base)),
    runs.map((r) => of(r.flipped)),
  );

/** Mean of a year field over the chosen reported years (0-based) of one municipality. */
export const overYears =
  (field: YearMeasure, years?: readonly number[], municipality = 0): ((st: SimState) => number) =>
  (st) => {
    const all = yearsOf(st, municipality);
    const chosen = years ? years.map((i) => all[i]) : all;
    return mean(chosen.map(field));
  };

/** Paired summary of a year field's mean over the chosen reported years (see overYears). */
export const measureYears = (
  runs: PairedRun[],
  field: YearMeasure,
  years?: readonly number[],
  municipality = 0,
): PairedSummary => measure(runs, overYears(field, years, municipality));

/** One line for messages and the log: mean base -> flipped, relative change, range of differences. */
export const explain = (label: string, s: PairedSummary): string =>
  `${label}: ${fmt(s.meanBase)} -> ${fmt(s.meanFlipped)} (${(100 * s.relative).toFixed(1)}%), ` +
  `diff mean ${fmt(s.meanDiff)} range [${fmt(s.minDiff)}, ${fmt(s.maxDiff)}], ` +
  `up ${s.agree(1) * s.diffs.length}/${s.diffs.length}`;

const fmt = (x: number): string => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

/** Applies decisions on top of a municipality's current ones. */
export const withDecisions = (st: SimState, municipality: number, patch: DecisionsInput): DecisionsInput => ({
  ...st.municipalities[municipality].decisions,
  ...patch,
});

export type EffectBounds = {
  direction: 'up' | 'down';
  /** Bounds on the size of the relative change (meanFlipped / meanBase - 1), as positive magnitudes. */
  relative?: [number, number];
  /** Bounds on the size of the mean paired difference, as positive magnitudes. */
  absolute?: [number, number];
  /** Minimum share of seeds whose paired difference points the expected way. */
  agree?: number;
};

/**
 * Checks sign, plausible size and agreement over seeds of one paired summary (soft, so every measure of a
 * test is reported), and logs the numbers.
 */
export const expectEffect = (label: string, s: PairedSummary, bounds: EffectBounds): PairedSummary => {
  const line = explain(label, s);
  console.log(line);
  const sign = bounds.direction === 'up' ? 1 : -1;
  const checks: [number, [number, number]][] = [];
  if (bounds.relative) checks.push([sign * s.relative, bounds.relative]);
  if (bounds.absolute) checks.push([sign * s.meanDiff, bounds.absolute]);
  for (const [size, [lo, hi]] of checks) {
    expect.soft(size, `${line}: size at least ${lo}`).toBeGreaterThanOrEqual(lo);
    expect.soft(size, `${line}: size at most ${hi}`).toBeLessThanOrEqual(hi);
  }
  expect.soft(s.agree(sign), `${line}: seeds agreeing`).toBeGreaterThanOrEqual(bounds.agree ?? 0.75);
  return s;
};

/** Computes once, on first use (so slow runs happen inside a test, not at collection). */
export const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
};

/** Flips decisions of one municipality (by index) on top of its current ones. */
export const flipDecisions =
  (patch: DecisionsInput, municipality = 0): Flip =>
  (st) => {
    applyDecisions(st, st.municipalities[municipality].id, withDecisions(st, municipality, patch));
  };

/**
 * Paired runs that also average a state sample taken after every reported week (for quantities the report
 * does not carry). The lever is flipped from the start, as in `pairedRuns` with at: 'start'.
 */
export const pairedWeeklyMeans = (
  scenario: Scenario,
  options: Omit<PairedOptions, 'at'> & { sample: (st: SimState) => number },
): { runs: PairedRun[]; summary: PairedSummary } => {
  const runs: PairedRun[] = [];
  const base: number[] = [];
  const flippedMeans: number[] = [];
  for (const seed of options.seeds ?? SEEDS) {
    const arms = [
      createSimulation(scenario, seed),
      createSimulation(options.flippedScenario ?? scenario, seed),
    ];
    options.flip?.(arms[1]);
    const means = arms.map((st) => {
      advance(st, st.warmupWeeks);
      let sum = 0;
      const weeks = 52 * options.years;
      for (let w = 0; w < weeks; w++) {
        advance(st, 1);
        sum += options.sample(st);
      }
      return sum / weeks;
    });
    base.push(means[0]);
    flippedMeans.push(means[1]);
    runs.push({ seed, base: arms[0], flipped: arms[1] });
  }
  return { runs, summary: summarize(base, flippedMeans) };
};

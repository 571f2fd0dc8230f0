import type { FamilyReport } from '../../../engine/index.ts';
import { mechanismCounters } from '../../../game/explorer/outcomes.ts';
import type { RunSeries } from './worker-protocol.ts';

/** Attribution is kept in millionths of the outcome's unit, as integers, so the bars add up exactly. */
export const attributionScale = 1_000_000;

export type Attribution = {
  /** Seeds that every run of the attribution has. */
  seeds: number;
  /** Mean change of the full setting against the baseline, in millionths. */
  total: number;
  /** Mean change of each lever alone against the baseline, in millionths. */
  levers: { lever: string; effect: number }[];
  /** total minus the sum of the single-lever effects: what the levers do only together. */
  remainder: number;
};

type Runs = readonly (RunSeries | undefined)[];

// `+ 0` turns a rounded -0 into 0, so equal effects compare equal.
const meanChange = (runs: Runs, base: Runs, seeds: number[], read: (r: RunSeries) => number) =>
  0 +
  Math.round(
    (attributionScale *
      seeds.reduce((sum, i) => sum + read(runs[i] as RunSeries) - read(base[i] as RunSeries), 0)) /
      seeds.length,
  );

/**
 * One-at-a-time attribution on common random numbers: for each changed lever, the baseline with only that
 * lever changed, against the baseline, seed by seed; the interaction remainder is the total change minus the
 * sum of those effects, so bars plus remainder equal the total by construction. Null until every run is in for
 * at least one seed.
 */
export const attribute = (
  base: Runs,
  full: Runs,
  singles: readonly { lever: string; runs: Runs }[],
  read: (r: RunSeries) => number,
): Attribution | null => {
  const seeds = base.map((_, i) => i).filter((i) => base[i] && full[i] && singles.every((s) => s.runs[i]));
  if (seeds.length === 0) return null;
  const levers = singles.map((s) => ({ lever: s.lever, effect: meanChange(s.runs, base, seeds, read) }));
  const total = meanChange(full, base, seeds, read);
  return { seeds: seeds.length, total, levers, remainder: total - levers.reduce((a, l) => a + l.effect, 0) };
};

/** A reader for one outcome (catalogue index) in one reported year. */
export const readAt = (outcome: number, year: number) => (r: RunSeries) => {
  const y = r.years.indexOf(year);
  return y < 0 ? Number.NaN : r.outcomes[y][outcome];
};

const counterNames = Object.keys(mechanismCounters);

/** The mechanism counters that moved most in the year (relative to the baseline), mean over common seeds. */
export const movedCounters = (base: Runs, full: Runs, year: number, top = 4) => {
  const seeds = base.map((_, i) => i).filter((i) => base[i] && full[i]);
  if (seeds.length === 0) return [];
  return counterNames
    .map((name, c) => {
      const at = (r: RunSeries) => r.counters[r.years.indexOf(year)]?.[c] ?? Number.NaN;
      const b = seeds.reduce((s, i) => s + at(base[i] as RunSeries), 0) / seeds.length;
      const f = seeds.reduce((s, i) => s + at(full[i] as RunSeries), 0) / seeds.length;
      return { name, before: b, after: f, relative: Math.abs(f - b) / Math.max(Math.abs(b), 1e-9) };
    })
    .filter((c) => Number.isFinite(c.relative) && c.relative > 0.01)
    .sort((a, b) => b.relative - a.relative)
    .slice(0, top);
};

export type JourneyChange = {
  key: string;
  name: string;
  municipality: string;
  before: FamilyReport['journey'];
  after: FamilyReport['journey'];
};

const journeyDistance = (a: FamilyReport['journey'], b: FamilyReport['journey']) =>
  Math.abs(a.weeksWaited - b.weeksWaited) +
  2 * Math.abs(a.tellings - b.tellings) +
  2 * Math.abs(a.desks - b.desks) +
  2 * Math.abs(a.professionals - b.professionals) +
  (a.place === b.place ? 0 : 10) +
  (a.inSchool === b.inSchool ? 0 : 10);

/** The named families (seed 1) whose journey the setting changed most: the leefwereld of the why. */
export const changedJourneys = (base: FamilyReport[], full: FamilyReport[], top = 3): JourneyChange[] =>
  full
    .flatMap((f) => {
      const b = base.find((x) => x.key === f.key && x.municipality === f.municipality);
      return b
        ? [{ key: f.key, name: f.name, municipality: f.municipality, before: b.journey, after: f.journey }]
        : [];
    })
    .map((j) => ({ j, d: journeyDistance(j.before, j.after) }))
    .filter((x) => x.d > 0)
    .sort((a, b) => b.d - a.d)
    .slice(0, top)
    .map((x) => x.j);

import type { FamilyEventKind } from '../report/report-types.ts';
import { Phase } from '../state/episodes.ts';
import { createPowerTable, powerOf } from '../state/power-table.ts';
import type { SimState } from '../state/sim-state.ts';

/** Year blocks are counted from the end of the warm-up; stored with an offset so -1 stays "never". */
export const yearTag = (st: SimState): number => Math.floor((st.week - st.warmupWeeks) / 52) + 10000;

export const isWarmup = (st: SimState): boolean => st.week < st.warmupWeeks;

/**
 * First week of the warm-up's settling years, in which the providers' market already runs (M9, M10): the last
 * `warmupSettleYears` whole years, at most half of the warm-up's whole years, so the stock of needs fills first.
 */
export const settleStart = (st: SimState): number => {
  const years = Math.min(Math.round(st.params.warmupSettleYears), Math.floor(st.warmupWeeks / 52 / 2));
  return st.warmupWeeks - 52 * years;
};

/**
 * The warm-up's build-up: the stock of needs fills from empty while capacity stays as sized, because
 * occupancy says nothing about demand yet. The settling years after it run the providers' market.
 */
export const isBuildUp = (st: SimState): boolean => st.week < settleStart(st);

/** (1 - growthPerWeek) ** weeks, computed once per whole number of weeks (state/power-table.ts). */
const growthPowers = createPowerTable();

const untreated = (phase: number): boolean => phase !== Phase.inCare && phase !== Phase.free;

/**
 * M3: an untreated need closes a fixed share of its gap to maximum severity each week (004:229), in closed
 * form so waiting costs no weekly event.
 */
export const currentSeverity = (st: SimState, id: number): number => {
  const e = st.episodes;
  const s = e.severity[id];
  if (!untreated(e.phase[id])) return s;
  const weeks = st.week - e.sevWeek[id];
  if (weeks <= 0) return s;
  return 1 - (1 - s) * powerOf(growthPowers, 1 - st.params.growthPerWeek, weeks);
};

export const settleSeverity = (st: SimState, id: number): number => {
  const s = currentSeverity(st, id);
  st.episodes.severity[id] = s;
  st.episodes.sevWeek[id] = st.week;
  return s;
};

export const setPhase = (st: SimState, id: number, phase: number): void => {
  st.episodes.phase[id] = phase;
  st.episodes.token[id]++;
};

export const logFamily = (st: SimState, id: number, kind: FamilyEventKind, detail: string): void => {
  const f = st.episodes.family[id];
  if (f < 0) return;
  st.families[f].events.push({ week: st.week - st.warmupWeeks, kind, detail });
};

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : Math.min(x, hi));

export const popcount = (bits: number): number => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
};

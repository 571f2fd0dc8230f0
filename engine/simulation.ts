import { z } from 'zod';
import { adminShareOf } from './mechanisms/admin.ts';
import { contractProviders, countProviderContracts, updateProviderTerms } from './mechanisms/contracting.ts';
import { dispatchEvent } from './mechanisms/dispatch.ts';
import { EventKind, eventCode } from './mechanisms/event-kinds.ts';
import { updateMunicipalityWeek } from './mechanisms/municipality-week.ts';
import { generateOnsets } from './mechanisms/onset.ts';
import { effectiveDecisions } from './mechanisms/politics.ts';
import { updateProvidersWeek } from './mechanisms/providers.ts';
import { changesSystem, startTransition } from './mechanisms/transition.ts';
import { closeWarmup, startOfYear } from './mechanisms/year-cycle.ts';
import { drainWeek, schedule } from './queue/calendar.ts';
import { accumulateQueueArea } from './queue/server-pools.ts';
import { closeBaselineYear, closeYearReports } from './report/close-year.ts';
import type { DecisionsInput, RegionalDecisionsInput } from './scenario/decisions.ts';
import { decisionsSchema, regionalDecisionsSchema } from './scenario/decisions.ts';
import { type Parameters, parametersSchema } from './scenario/parameters.ts';
import { applyDuePolicyChanges, attachPolicyChanges } from './scenario/policy-changes.ts';
import type { Scenario } from './scenario/scenario-schema.ts';
import { createInitialState } from './state/create-state.ts';
import { CareType } from './state/episodes.ts';
import type { SimState } from './state/sim-state.ts';

/**
 * A new simulation of a parsed scenario; the seed fixes every random draw (MODEL.md section 1). `streamKeys`
 * (an area shard's, engine/shards) gives each municipality the key of its random stream: its index in the
 * whole scenario, so it draws the same numbers in any split of the scenario. Default: its own index.
 */
export const createSimulation = (
  scenario: Scenario,
  seed: number,
  streamKeys?: readonly number[],
): SimState => {
  const st = createInitialState(scenario, seed >>> 0, streamKeys);
  attachPolicyChanges(st, scenario.policyChanges);
  for (const m of st.municipalities) contractProviders(st, m, false);
  countProviderContracts(st);
  updateProviderTerms(st);
  for (const f of st.families) {
    schedule(st.calendar, st.warmupWeeks + f.onsetWeek, f.episode, eventCode(EventKind.familyOnset, 0));
  }
  return st;
};

export type AdvanceOptions = {
  onWeek?: (weeksDone: number, weeksTotal: number) => void;
  /**
   * Called right after a year's books are closed and before the next week resets them: the warm-up's last year
   * (`baseline`) or a reported year. An area shard reads its part of the region's report here (engine/shards).
   */
  onYearClosed?: (st: SimState, kind: 'baseline' | 'year') => void;
};

/** Runs `weeks` weeks: each week the year cycle, municipalities, providers, new needs, then the events. */
export const advance = (st: SimState, weeks: number, options: AdvanceOptions = {}): SimState => {
  for (let i = 0; i < weeks; i++) {
    stepWeek(st, options.onYearClosed);
    options.onWeek?.(i + 1, weeks);
  }
  return st;
};

/** Runs whole reporting years; the first call also runs the warm-up. */
export const advanceYears = (st: SimState, years: number, options: AdvanceOptions = {}): SimState => {
  const target = st.warmupWeeks + 52 * (reportedYears(st) + years);
  return advance(st, target - st.week, options);
};

export const reportedYears = (st: SimState): number =>
  Math.max(0, Math.floor((st.week - st.warmupWeeks) / 52));

const stepWeek = (st: SimState, onYearClosed: AdvanceOptions['onYearClosed']): void => {
  if ((st.week - st.warmupWeeks) % 52 === 0) {
    // The scenario's policy changes for a reported year act before its year start, like a player's levers.
    applyDuePolicyChanges(st, { decisions: applyDecisions, regional: applyRegionalDecisions });
    startOfYear(st);
  }
  for (const m of st.municipalities) updateMunicipalityWeek(st, m);
  updateProvidersWeek(st);
  accumulateBedNeed(st);
  for (const m of st.municipalities) generateOnsets(st, m);
  drainWeek(st.calendar, st.week, (id, code) => dispatchEvent(st, id, code));
  accumulateQueueArea(st.pools);
  st.week++;
  if (st.week === st.warmupWeeks) {
    // The warm-up's last year, before its books are reset: round 1's "last year" in a game.
    st.baseline = closeBaselineYear(st);
    onYearClosed?.(st, 'baseline');
    closeWarmup(st);
  }
  // Close the year as soon as its last week ran, so a report is complete right after advanceYears.
  if (st.week > st.warmupWeeks && (st.week - st.warmupWeeks) % 52 === 0) {
    closeYearReports(st);
    onYearClosed?.(st, 'year');
  }
};

const accumulateBedNeed = (st: SimState): void => {
  for (let i = 0; i < st.areaBedNeed.length; i++) st.areaBedNeedWeeks[i] += st.areaBedNeed[i];
  for (const pr of st.providers) {
    if (pr.type === CareType.residential && !pr.bankrupt) {
      st.areaBedNeedWeeks[pr.areaIndex * 3 + pr.bedType] += st.pools.waiting[pr.pool];
    }
  }
};

/** A municipality's decisions for the coming period (validated; unknown fields are refused). */
export const applyDecisions = (st: SimState, municipalityId: string, decisions: DecisionsInput): SimState => {
  const m = st.municipalities.find((x) => x.id === municipalityId);
  if (!m) throw new Error(`unknown municipality "${municipalityId}"`);
  const parsed = decisionsSchema.parse(decisions);
  const procurementChanged =
    parsed.procurement !== m.decisions.procurement ||
    parsed.providerCount !== m.decisions.providerCount ||
    parsed.contractYears !== m.decisions.contractYears;
  const before = m.effective;
  const system = changesSystem(m.decisions, parsed);
  m.decisions = parsed;
  m.effective = effectiveDecisions(st, m);
  if (system) {
    const adminOf = (d: typeof before) => adminShareOf(st.params, d, m.contracted.length, m.learning);
    startTransition(m, adminOf(before) - adminOf(m.effective));
  }
  // A new way of buying care means a new procurement round at the next year start.
  if (procurementChanged) m.yearsSinceTender = m.effective.contractYears;
  updateProviderTerms(st);
  return st;
};

export const applyRegionalDecisions = (st: SimState, decisions: RegionalDecisionsInput): SimState => {
  const before = st.regional.jointContracting;
  st.regional = regionalDecisionsSchema.parse(decisions);
  if (before !== st.regional.jointContracting) {
    for (const m of st.municipalities) contractProviders(st, m, false);
    countProviderContracts(st);
    updateProviderTerms(st);
  }
  return st;
};

/**
 * What the game feeds a municipality besides its levers: how the team answered the ervaringsdeskundige's
 * signals this period (0-1, M11 signalResponse) and a one-off shock to political pressure from an event card
 * (M15 pressureShock, added to any shock not yet absorbed).
 */
export const applyGameInputs = (
  st: SimState,
  municipalityId: string,
  inputs: { signalResponse?: number; pressureShock?: number },
): SimState => {
  const m = st.municipalities.find((x) => x.id === municipalityId);
  if (!m) throw new Error(`unknown municipality "${municipalityId}"`);
  const { signalResponse, pressureShock } = gameInputsSchema.parse(inputs);
  if (signalResponse !== undefined) m.signalResponse = signalResponse;
  if (pressureShock !== undefined) m.pressureShock += pressureShock;
  return st;
};

const gameInputsSchema = z
  .object({
    signalResponse: z.number().min(0).max(1).optional(),
    pressureShock: z.number().min(0).max(3).optional(),
  })
  .strict();

/** Event cards act through parameters (GAME.md section 8): overrides are validated against their bounds. */
export const setParameters = (st: SimState, overrides: Partial<Parameters>): SimState => {
  st.params = parametersSchema.parse({ ...st.params, ...overrides });
  return st;
};

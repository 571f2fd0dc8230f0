import {
  advance,
  advanceYears,
  applyDecisions,
  applyRegionalDecisions,
  buildReport,
  cloneState,
  createSimulation,
  isMultiArea,
  runScenario,
  type Scenario,
  type SimState,
  type SimulationReport,
} from '../../engine/index.ts';
import { mechanismCounters, readOutcomes } from './outcomes.ts';
import { type ExplorerSetting, isEmptySetting, withSetting } from './setting.ts';

const counters = Object.values(mechanismCounters);

/** A run as the verkenner needs it: the region's outcomes and mechanism counters per reported year. */
export type RunSeries = {
  years: number[];
  outcomes: number[][];
  counters: number[][];
  families: SimulationReport['families'];
};

export const seriesOf = (report: SimulationReport, families: boolean): RunSeries => {
  const reported = report.region.years;
  return {
    years: reported.map((y) => y.year),
    outcomes: reported.map(readOutcomes),
    counters: reported.map((y) => counters.map((c) => c(y))),
    families: families ? report.families : [],
  };
};

/** Warmed-up states kept per runner (one per worker): enough for a page's seeds, the oldest dropped first. */
const maxWarm = 64;

/**
 * Runs what-ifs for the verkenner and `batch`. The warm-up runs under the scenario's own policy whatever the setting, so it is
 * done once per scenario and seed and kept; each run forks it (`cloneState`) and sets the levers the way a
 * start-year policy change does (the same public calls, before the first reported week), which gives exactly
 * the report of `runScenario(withSetting(scenario, setting))` (tested), a quarter of the work sooner. A
 * scenario with policy changes of its own takes the plain path, so their order stays the engine's, and so does
 * a scenario of several areas, which the engine runs as one shard per area.
 */
export const createRunner = () => {
  const warm = new Map<string, SimState>();
  const warmed = (key: string, scenario: Scenario, seed: number): SimState => {
    const id = `${key}#${seed}`;
    const known = warm.get(id);
    if (known) return known;
    const st = advance(createSimulation(scenario, seed), scenario.warmupWeeks);
    warm.set(id, st);
    if (warm.size > maxWarm) warm.delete(warm.keys().next().value as string);
    return st;
  };
  return (
    scenarioKey: string,
    scenario: Scenario,
    setting: ExplorerSetting,
    seed: number,
    years: number,
  ): SimulationReport => {
    // A scenario of several areas runs as shards (engine/shards), whose episode order differs from one state's.
    if (scenario.policyChanges.length > 0 || isMultiArea(scenario))
      return runScenario(withSetting(scenario, setting), seed, years);
    const st = cloneState(warmed(scenarioKey, scenario, seed));
    if (!isEmptySetting(setting)) {
      if (Object.keys(setting.decisions).length > 0)
        for (const m of st.municipalities) applyDecisions(st, m.id, { ...m.decisions, ...setting.decisions });
      if (Object.keys(setting.regional).length > 0)
        applyRegionalDecisions(st, { ...st.regional, ...setting.regional });
    }
    advanceYears(st, years);
    return buildReport(st);
  };
};

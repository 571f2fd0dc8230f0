import { runScenario, type Scenario } from '../../../engine/index.ts';
import { mechanismCounters, readOutcomes } from '../../../game/explorer/outcomes.ts';
import type { RunSeries } from './worker-protocol.ts';

const counters = Object.values(mechanismCounters);

/** One run as the page needs it: the region's outcomes and mechanism counters per reported year. */
export const runSeries = (scenario: Scenario, seed: number, years: number, families: boolean): RunSeries => {
  const report = runScenario(scenario, seed, years);
  const reported = report.region.years;
  return {
    years: reported.map((y) => y.year),
    outcomes: reported.map(readOutcomes),
    counters: reported.map((y) => counters.map((c) => c(y))),
    families: families ? report.families : [],
  };
};

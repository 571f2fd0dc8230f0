import { buildReport } from './report/build-report.ts';
import type { SimulationReport } from './report/report-types.ts';
import type { Scenario } from './scenario/scenario-schema.ts';
import { isMultiArea } from './shards/plan.ts';
import { runShardedScenario } from './shards/run-sharded.ts';
import { advanceYears, createSimulation } from './simulation.ts';

/**
 * Headless run: the warm-up plus `years` reported years, as one report (the CLI's JSON). A scenario of several
 * areas runs as one shard per area (engine/shards, docs/performance.md section 4): areas meet only in the
 * region's report, so the shards run apart and their year sums are merged in municipality order. A scenario of
 * one area (every game region) runs as one state, as it always did.
 */
export const runScenario = (
  scenario: Scenario,
  seed: number,
  years: number,
  onProgress?: (doneWeeks: number, totalWeeks: number) => void,
): SimulationReport => {
  if (isMultiArea(scenario)) return runShardedScenario(scenario, seed, years, onProgress).report;
  const st = createSimulation(scenario, seed);
  advanceYears(st, years, { onWeek: onProgress });
  return buildReport(st);
};

import { buildReport } from './report/build-report.ts';
import type { SimulationReport } from './report/report-types.ts';
import type { Scenario } from './scenario/scenario-schema.ts';
import { advanceYears, createSimulation } from './simulation.ts';

/** Headless run: the warm-up plus `years` reported years, as one report (the CLI's JSON). */
export const runScenario = (
  scenario: Scenario,
  seed: number,
  years: number,
  onProgress?: (doneWeeks: number, totalWeeks: number) => void,
): SimulationReport => {
  const st = createSimulation(scenario, seed);
  advanceYears(st, years, { onWeek: onProgress });
  return buildReport(st);
};

import { readFile } from 'node:fs/promises';
import { advanceYears, createSimulation, parseScenario, type Scenario } from '../engine/index.ts';
import { findPresetPath } from '../scenarios/load-preset.ts';

/** Reads and validates a preset (scenarios/<id>.json). */
export const loadPresetScenario = async (id: string): Promise<Scenario> => {
  const file = await findPresetPath(id);
  if (!file) throw new Error(`unknown preset "${id}"`);
  const parsed = parseScenario(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.ok) {
    throw new Error(`preset ${id}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  return parsed.scenario;
};

export type EngineRun = {
  /** Wall time of createSimulation + advanceYears. */
  ms: number;
  /**
   * CPU time of the process over the same span (user + system, all threads: V8's compiler and GC threads count
   * too). Less disturbed than wall time when other users load the machine.
   */
  cpuMs: number;
  createMs: number;
  events: number;
  /** Mean of `st.calendar.pending` sampled at the end of every simulated week (warm-up included). */
  meanPending: number;
  maxPending: number;
  weeks: number;
};

/** One timed engine run; the weekly pending sample is a counter read, too cheap to matter. */
export const timeEngineRun = (scenario: Scenario, seed: number, years: number): EngineRun => {
  let pendingSum = 0;
  let maxPending = 0;
  let weeks = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const st = createSimulation(scenario, seed);
  const t1 = performance.now();
  advanceYears(st, years, {
    onWeek: () => {
      const p = st.calendar.pending;
      pendingSum += p;
      if (p > maxPending) maxPending = p;
      weeks++;
    },
  });
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  return {
    ms: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    createMs: t1 - t0,
    events: st.calendar.processed,
    meanPending: weeks > 0 ? pendingSum / weeks : 0,
    maxPending,
    weeks,
  };
};

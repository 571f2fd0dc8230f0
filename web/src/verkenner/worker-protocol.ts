import type { FamilyReport, Scenario, ScenarioIssue } from '../../../engine/index.ts';

/** One run the page asks for: a scenario (the preset with the setting as a policy change), a seed, years. */
export type RunRequest = {
  type: 'run';
  id: number;
  scenario: Scenario;
  seed: number;
  years: number;
  families: boolean;
};
/** An uploaded or preset scenario file to check with the engine's schema (defaults filled in). */
export type ParseRequest = { type: 'parse'; id: number; data: unknown };
export type WorkerRequest = RunRequest | ParseRequest;

/** A run's region per reported year: headline outcomes and mechanism counters in catalogue order. */
export type RunSeries = {
  years: number[];
  outcomes: number[][];
  counters: number[][];
  families: FamilyReport[];
};

export type WorkerReply =
  | { id: number; type: 'run'; series: RunSeries }
  | { id: number; type: 'parse'; ok: true; scenario: Scenario }
  | { id: number; type: 'parse'; ok: false; issues: ScenarioIssue[] }
  | { id: number; type: 'error'; message: string };

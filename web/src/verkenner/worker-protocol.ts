import type { Scenario, ScenarioIssue } from '../../../engine/index.ts';
import type { RunSeries } from '../../../game/explorer/run-setting.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';

/**
 * One run the page asks for: the scenario (with a key naming it, for the worker's warm-up cache), the setting
 * that acts as its start-year policy change, a seed and the reported years.
 */
export type RunRequest = {
  type: 'run';
  id: number;
  scenarioKey: string;
  scenario: Scenario;
  setting: ExplorerSetting;
  seed: number;
  years: number;
  families: boolean;
};
/** An uploaded or preset scenario file to check with the engine's schema (defaults filled in). */
export type ParseRequest = { type: 'parse'; id: number; data: unknown };
export type WorkerRequest = RunRequest | ParseRequest;

export type { RunSeries };

export type WorkerReply =
  | { id: number; type: 'run'; series: RunSeries }
  | { id: number; type: 'parse'; ok: true; scenario: Scenario }
  | { id: number; type: 'parse'; ok: false; issues: ScenarioIssue[] }
  | { id: number; type: 'error'; message: string };

import type { Decisions, PolicyChange, RegionalDecisions, Scenario } from '../../engine/index.ts';

/**
 * A what-if setting: the levers that differ from the scenario, for every municipality (`decisions`) and for
 * the region (`regional`). Lever names are the scenario schema's (engine/scenario/decisions.ts).
 */
export type ExplorerSetting = {
  decisions: Partial<Decisions>;
  regional: Partial<RegionalDecisions>;
};

export const emptySetting = (): ExplorerSetting => ({ decisions: {}, regional: {} });

export const isEmptySetting = (s: ExplorerSetting): boolean =>
  Object.keys(s.decisions).length === 0 && Object.keys(s.regional).length === 0;

/** The changed levers as `decisions.<lever>` / `regional.<lever>` names with their values, sorted by name. */
export const settingEntries = (s: ExplorerSetting): { lever: string; value: unknown }[] =>
  [
    ...Object.entries(s.decisions).map(([k, v]) => ({ lever: k, value: v })),
    ...Object.entries(s.regional).map(([k, v]) => ({ lever: `regional.${k}`, value: v })),
  ].sort((a, b) => (a.lever < b.lever ? -1 : a.lever > b.lever ? 1 : 0));

/** A stable text for a setting (cache keys): the same levers and values give the same key in any order. */
export const settingKey = (s: ExplorerSetting): string => JSON.stringify(settingEntries(s));

/** Only the given lever of a setting (one-at-a-time attribution). */
export const singleLever = (s: ExplorerSetting, lever: string): ExplorerSetting =>
  lever.startsWith('regional.')
    ? { decisions: {}, regional: pick(s.regional, lever.slice('regional.'.length)) }
    : { decisions: pick(s.decisions, lever), regional: {} };

const pick = <T extends object>(o: T, key: string): Partial<T> =>
  key in o ? ({ [key]: (o as Record<string, unknown>)[key] } as Partial<T>) : {};

/**
 * The setting as the policy change it is: from the first reported year on, for every municipality, exactly as
 * if the levers were set between two years (scenarios/README.md, "Policy changes during a run"). The warm-up
 * runs under the scenario's own policy, so the projection shows how the system responds to the change.
 */
export const settingToPolicyChange = (s: ExplorerSetting, year: number): PolicyChange | null => {
  if (isEmptySetting(s)) return null;
  const change: PolicyChange = { year, decisions: { ...s.decisions } };
  if (Object.keys(s.regional).length > 0) change.regional = { ...s.regional };
  return change;
};

/** The scenario with the setting appended as a policy change in its start year (unchanged when empty). */
export const withSetting = (scenario: Scenario, s: ExplorerSetting): Scenario => {
  const change = settingToPolicyChange(s, scenario.startYear);
  return change ? { ...scenario, policyChanges: [...scenario.policyChanges, change] } : scenario;
};

import type { Scenario } from '../../../engine/index.ts';
import { outcomes } from '../../../game/explorer/outcomes.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import { type Band, outcomeBand } from './bands.ts';
import type { RunSeries } from './worker-protocol.ts';

type Runs = readonly (RunSeries | undefined)[];
export type NamedRuns = { name: 'current' | 'baseline' | 'pinned'; setting: ExplorerSetting; runs: Runs };

const bandsOf = (runs: Runs) =>
  outcomes.flatMap((o, k) => {
    const band = outcomeBand(runs, k);
    return band ? [{ outcome: o.key, band }] : [];
  });

/** The projection as CSV: per setting, outcome and year the seeds behind it, P10, median, P90 and seed 1. */
export const projectionCsv = (all: readonly NamedRuns[]): string => {
  const lines = ['setting,outcome,year,n,p10,median,p90,seed1'];
  for (const { name, runs } of all) {
    for (const { outcome, band } of bandsOf(runs)) {
      band.years.forEach((year, y) => {
        const first = band.first ? band.first[y] : '';
        lines.push([name, outcome, year, band.n, band.p10[y], band.p50[y], band.p90[y], first].join(','));
      });
    }
  }
  return `${lines.join('\n')}\n`;
};

/** The same as JSON, with the settings (levers that differ from the scenario) and the scenario id. */
export const projectionJson = (scenario: string, all: readonly NamedRuns[]): string => {
  const body = {
    scenario,
    settings: Object.fromEntries(all.map((a) => [a.name, a.setting])),
    projection: Object.fromEntries(
      all.map((a) => [
        a.name,
        Object.fromEntries(bandsOf(a.runs).map((b): [string, Band] => [b.outcome, b.band])),
      ]),
    ),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
};

/**
 * The setting saved as a scenario of its own: every municipality's decisions and the region's with the changed
 * levers in them, so the file starts from this policy, both in `simulate --scenario` and as a class (a session
 * ignores `policyChanges`: there the teams hold the levers).
 */
export const settingAsScenario = (scenario: Scenario, setting: ExplorerSetting): Scenario => ({
  ...scenario,
  id: scenario.id.endsWith('-verkenner') ? scenario.id : `${scenario.id}-verkenner`,
  name: `${scenario.name} (verkenner)`,
  municipalities: scenario.municipalities.map((m) => ({
    ...m,
    decisions: { ...m.decisions, ...setting.decisions },
  })),
  region: { ...scenario.region, decisions: { ...scenario.region.decisions, ...setting.regional } },
});

export const scenarioFileText = (scenario: Scenario, setting: ExplorerSetting): string =>
  `${JSON.stringify(settingAsScenario(scenario, setting), null, 2)}\n`;

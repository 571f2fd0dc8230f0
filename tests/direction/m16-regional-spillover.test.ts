import { describe, it } from 'vitest';
import { applyRegionalDecisions, type Scenario } from '../../engine/index.ts';
import {
  expectEffect,
  flipDecisions,
  measureYears,
  pairedRuns,
  parseOrThrow,
  readPreset,
} from './support.ts';

/**
 * M16 regional spillover (MODEL.md section 3, M16): a capacity cut or a provider lost in one municipality
 * raises waits in its neighbours; regional contracting and placement coordination pool capacity
 * (002:242-243, 002:902-907). Engine: engine/mechanisms/providers.ts (goBankrupt), contracting.ts,
 * care-routing.ts (chooseResidentialPool).
 */

/** npm-typisch split into two municipalities of 8,000 youths that share its providers (one area). */
const twoMunicipalities = (providerCount: number): Scenario => {
  const preset = readPreset('npm-typisch');
  const m = preset.municipalities[0];
  const half = { ...m, youth: 8000, budgetEur: m.budgetEur / 2, decisions: { providerCount } };
  return parseOrThrow({
    ...preset,
    id: 'twee-gemeenten',
    warmupWeeks: 156,
    namedFamilies: [],
    municipalities: [
      { ...half, id: 'west', name: 'West' },
      { ...half, id: 'oost', name: 'Oost' },
    ],
  });
};

const WEST = 0;
const OOST = 1;

describe('M16 regional spillover', () => {
  it('a tariff cut in West raises the waits felt in Oost', () => {
    // Lever: West's tariffLevel 0.95 -> 0.75; Oost's decisions are untouched. Five years, since the spillover
    // runs through rare, discrete bankruptcies.
    const runs = pairedRuns(twoMunicipalities(40), {
      years: 5,
      flip: flipDecisions({ tariffLevel: 0.75 }, WEST),
    });
    // Shared providers lose part of their revenue. They cut quality and shed staff first (M9), so failures
    // stay rare (about 0.25 a year in Oost either way) and are not asserted; the spillover shows in the lines.
    // Oost loses capacity it did not choose to lose: its families in line grow by 10% to about fourfold
    // (the shared providers shed staff slowly and the last of each kind is kept open, so no sudden closures),
    // and the slow tail of the wait to first help (p90) by 3-200%.
    expectEffect(
      'Oost families waiting (true, mean)',
      measureYears(runs, (y) => y.dashboard.trueWaiting, undefined, OOST),
      { direction: 'up', relative: [0.1, 3] },
    );
    expectEffect(
      'Oost weeks to first help (p90)',
      measureYears(runs, (y) => y.weeksToFirstHelp.p90, undefined, OOST),
      { direction: 'up', relative: [0.03, 2], agree: 2 / 3 },
    );
  });

  it('regional placement coordination: fewer children in the wrong residential place', () => {
    // Lever: regional placementCoordination false -> true; each municipality contracts 20 of the 40.
    const runs = pairedRuns(twoMunicipalities(20), {
      years: 3,
      flip: (st) => {
        applyRegionalDecisions(st, { ...st.regional, placementCoordination: true });
      },
    });
    // The region looks across all its beds for the right kind first (002:68-71, 002:902-907): the mismatch
    // share falls by 30-100% in both municipalities. (The engine never falls back to a wrong bed under
    // coordination, so it reaches -100%; a real region would still place some urgent cases wrongly.)
    for (const [label, index] of [
      ['West', WEST],
      ['Oost', OOST],
    ] as const) {
      expectEffect(
        `${label} placement mismatch share`,
        measureYears(runs, (y) => y.placementMismatchShare, undefined, index),
        { direction: 'down', relative: [0.3, 1] },
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  accessDesigns,
  accountabilityRegimes,
  contractArchetypes,
  defaultDecisions,
  ervaringskennisModes,
  fundingModels,
  learningRhythms,
  procurementForms,
  productCodeLevels,
  registrationModes,
  riskReflexModes,
} from '../../../engine/scenario/decisions.ts';
import { rebalanceSplit } from './budget-split.ts';
import { applyChanges, changedLevers, leverFields, withEdit } from './lever-fields.ts';

describe('lever fields', () => {
  it('offer exactly the engine options for every choice lever', () => {
    const engine: Record<string, readonly string[]> = {
      procurement: procurementForms,
      archetype: contractArchetypes,
      funding: fundingModels,
      productCodes: productCodeLevels,
      access: accessDesigns,
      accountability: accountabilityRegimes,
      registration: registrationModes,
      ervaringskennis: ervaringskennisModes,
      learningRhythm: learningRhythms,
      riskReflex: riskReflexModes,
    };
    for (const [lever, options] of Object.entries(engine)) {
      const field = leverFields[lever as keyof typeof leverFields];
      expect(field.kind === 'choice' && field.options, lever).toEqual(options);
    }
    expect(Object.keys(leverFields).sort()).toEqual(Object.keys(defaultDecisions()).sort());
  });

  it('lists what will change and drops edits that go back to the value in force', () => {
    const base = defaultDecisions();
    let edits = withEdit(base, {}, 'tariffLevel', 1.05);
    edits = withEdit(base, edits, 'mandate', 0.6);
    edits = withEdit(base, edits, 'mandate', base.mandate);
    expect(edits).toEqual({ tariffLevel: 1.05 });
    expect(changedLevers(base, applyChanges(base, edits))).toEqual([
      { lever: 'tariffLevel', from: 0.95, to: 1.05 },
    ]);
  });
});

describe('rebalanceSplit', () => {
  it('keeps the three lines at a sum of 1 and the others in proportion', () => {
    const s = rebalanceSplit({ aanval: 0.08, middenveld: 0.07, verdediging: 0.85 }, 'aanval', 0.2);
    expect(s.aanval).toBe(0.2);
    expect(s.aanval + s.middenveld + s.verdediging).toBeCloseTo(1, 9);
    expect(s.middenveld / s.verdediging).toBeCloseTo(0.07 / 0.85, 2);
  });

  it('clamps and copes with the others at zero', () => {
    const s = rebalanceSplit({ aanval: 1, middenveld: 0, verdediging: 0 }, 'aanval', 0.4);
    expect(s).toEqual({ aanval: 0.4, middenveld: 0.3, verdediging: 0.3 });
    expect(rebalanceSplit(s, 'verdediging', 2).verdediging).toBe(1);
  });
});

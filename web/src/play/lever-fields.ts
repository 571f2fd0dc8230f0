import type { Decisions, LeverChanges } from '../api/view-types.ts';

/** How a lever is edited; option lists mirror engine/scenario/decisions.ts (checked by lever-fields.test.ts). */
export type LeverField =
  | { lever: keyof Decisions; kind: 'choice'; options: readonly string[] }
  | {
      lever: keyof Decisions;
      kind: 'number';
      min: number;
      max: number;
      step: number;
      unit: 'count' | 'share' | 'hours' | 'years';
    }
  | { lever: keyof Decisions; kind: 'boolean' }
  | { lever: 'budgetEur'; kind: 'budget' }
  | { lever: 'budgetSplit'; kind: 'split' };

export const leverFields: Record<keyof Decisions, LeverField> = {
  procurement: {
    lever: 'procurement',
    kind: 'choice',
    options: [
      'aanbesteding',
      'open-house',
      'dialoog',
      'strategisch-partnerschap',
      'enkele-partner',
      'insourcing',
      'subsidie',
    ],
  },
  archetype: { lever: 'archetype', kind: 'choice', options: ['npm', 'relationeel', 'lerend'] },
  contractYears: { lever: 'contractYears', kind: 'number', min: 1, max: 9, step: 1, unit: 'years' },
  providerCount: { lever: 'providerCount', kind: 'number', min: 1, max: 300, step: 1, unit: 'count' },
  funding: {
    lever: 'funding',
    kind: 'choice',
    options: ['per-product', 'per-traject', 'taakgericht', 'lumpsum'],
  },
  tariffLevel: { lever: 'tariffLevel', kind: 'number', min: 0.6, max: 1.4, step: 0.01, unit: 'share' },
  productCodes: { lever: 'productCodes', kind: 'choice', options: ['veel', 'weinig', 'geen'] },
  budgetEur: { lever: 'budgetEur', kind: 'budget' },
  budgetSplit: { lever: 'budgetSplit', kind: 'split' },
  learningFundShare: {
    lever: 'learningFundShare',
    kind: 'number',
    min: 0,
    max: 0.05,
    step: 0.005,
    unit: 'share',
  },
  access: { lever: 'access', kind: 'choice', options: ['loket-intake-beschikking', 'direct'] },
  onePlanOneContact: { lever: 'onePlanOneContact', kind: 'boolean' },
  specialistsNearby: { lever: 'specialistsNearby', kind: 'boolean' },
  mandate: { lever: 'mandate', kind: 'number', min: 0, max: 1, step: 0.05, unit: 'share' },
  accountability: { lever: 'accountability', kind: 'choice', options: ['strak', 'steekproef', 'verhalend'] },
  registration: { lever: 'registration', kind: 'choice', options: ['gebruik', 'behoefte'] },
  sharedLedger: { lever: 'sharedLedger', kind: 'boolean' },
  ervaringskennis: {
    lever: 'ervaringskennis',
    kind: 'choice',
    options: ['geen', 'adviserend', 'structureel'],
  },
  learningRhythm: { lever: 'learningRhythm', kind: 'choice', options: ['geen', 'jaarlijks', 'kwartaal'] },
  reflectionHours: { lever: 'reflectionHours', kind: 'number', min: 0, max: 6, step: 0.5, unit: 'hours' },
  riskReflex: { lever: 'riskReflex', kind: 'choice', options: ['volgen', 'weerstaan'] },
};

export type LeverValue = Decisions[keyof Decisions];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The levers whose value differs between what is in force and what would be sent: the "what will change" list. */
export const changedLevers = (inForce: Decisions, next: Decisions) =>
  (Object.keys(leverFields) as (keyof Decisions)[])
    .filter((k) => !same(inForce[k], next[k]))
    .map((lever) => ({ lever, from: inForce[lever], to: next[lever] }));

/** Local edits on top of a base, keeping only what differs from the base (an edit back is no change). */
export const withEdit = (
  base: Decisions,
  edits: LeverChanges,
  lever: keyof Decisions,
  value: LeverValue,
): LeverChanges => {
  const next: Record<string, unknown> = { ...edits, [lever]: value };
  if (same(base[lever], value)) delete next[lever];
  return next as LeverChanges;
};

export const applyChanges = (base: Decisions, changes: LeverChanges): Decisions =>
  ({ ...base, ...changes }) as Decisions;

import { type ExplorerSetting, settingEntries } from '../../../game/explorer/setting.ts';

/** Why an effect may come late, by the kind of lever (GAME.md section 5: every lever has a cost and a delay). */
export const delayKinds = ['prevention', 'learning', 'trust', 'contracts'] as const;
export type DelayKind = (typeof delayKinds)[number];

const kindOf: Record<string, DelayKind> = {
  budgetSplit: 'prevention',
  specialistsNearby: 'prevention',
  learningRhythm: 'learning',
  reflectionHours: 'learning',
  learningFundShare: 'learning',
  ervaringskennis: 'learning',
  'regional.developmentFundShare': 'learning',
  onePlanOneContact: 'trust',
  access: 'trust',
  mandate: 'trust',
  accountability: 'trust',
  riskReflex: 'trust',
  procurement: 'contracts',
  archetype: 'contracts',
  contractYears: 'contracts',
  providerCount: 'contracts',
  funding: 'contracts',
  tariffLevel: 'contracts',
  productCodes: 'contracts',
  'regional.jointContracting': 'contracts',
};

/** The kinds of delay the changed levers bring, in a fixed order. */
export const delaysOf = (s: ExplorerSetting): DelayKind[] => {
  const kinds = new Set(settingEntries(s).map((e) => kindOf[e.lever]));
  return delayKinds.filter((k) => kinds.has(k));
};

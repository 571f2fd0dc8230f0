import type { YearReport } from '../../engine/index.ts';

/** The lenses the verkenner shows side by side (GAME.md section 6; uitvoering is one lens here). */
export const explorerLenses = ['beleid', 'uitvoering', 'leefwereld'] as const;
export type ExplorerLens = (typeof explorerLenses)[number];

export type OutcomeUnit = 'eur' | 'count' | 'share' | 'weeks' | 'perFamily';

/** A headline series: read from a region year report, in one lens, with its unit and which way is better. */
export type Outcome = {
  key: string;
  lens: ExplorerLens;
  unit: OutcomeUnit;
  better: 'lower' | 'higher';
  read: (y: YearReport) => number;
};

/**
 * The headline outcomes of the verkenner and of `batch`, in their fixed order (the batch's column order).
 * Keys are stable names used in URLs, CSV columns and translations (`verkenner.outcome.<key>`).
 */
export const outcomes: readonly Outcome[] = [
  { key: 'spendEur', lens: 'beleid', unit: 'eur', better: 'lower', read: (y) => y.spendEur },
  {
    key: 'registeredWaiting',
    lens: 'beleid',
    unit: 'count',
    better: 'lower',
    read: (y) => y.dashboard.registeredWaiting,
  },
  {
    key: 'costPerTrajectoryEur',
    lens: 'beleid',
    unit: 'eur',
    better: 'lower',
    read: (y) => y.dashboard.costPerTrajectoryEur,
  },
  { key: 'youthInCare', lens: 'beleid', unit: 'count', better: 'lower', read: (y) => y.youthInCare },
  { key: 'adminShare', lens: 'uitvoering', unit: 'share', better: 'lower', read: (y) => y.adminShare },
  { key: 'turnover', lens: 'uitvoering', unit: 'share', better: 'lower', read: (y) => y.turnover },
  { key: 'sickLeave', lens: 'uitvoering', unit: 'share', better: 'lower', read: (y) => y.sickLeave },
  {
    key: 'activeProviders',
    lens: 'uitvoering',
    unit: 'count',
    better: 'higher',
    read: (y) => y.activeProviders,
  },
  {
    key: 'weeksToFirstHelp',
    lens: 'leefwereld',
    unit: 'weeks',
    better: 'lower',
    read: (y) => y.weeksToFirstHelp.median,
  },
  {
    key: 'storyTellingsPerFamily',
    lens: 'leefwereld',
    unit: 'perFamily',
    better: 'lower',
    read: (y) => y.storyTellingsPerFamily,
  },
  { key: 'thuiszitters', lens: 'leefwereld', unit: 'count', better: 'lower', read: (y) => y.thuiszitters },
  { key: 'trust', lens: 'leefwereld', unit: 'share', better: 'higher', read: (y) => y.trust },
];

export const outcomeKeys = outcomes.map((o) => o.key);

export const outcomeByKey = (key: string): Outcome | undefined => outcomes.find((o) => o.key === key);

/** The outcomes of one year report, in catalogue order. */
export const readOutcomes = (y: YearReport): number[] => outcomes.map((o) => o.read(y));

/**
 * Counters of the mechanisms (docs/MODEL.md) that the "why" panel ranks by how much they moved: what the
 * model did on the way to the headline change.
 */
export const mechanismCounters = {
  escalations: (y: YearReport) => y.escalations,
  stayedSmall: (y: YearReport) => y.stayedSmall,
  gaveUp: (y: YearReport) => y.gaveUp,
  earlyClosures: (y: YearReport) => y.earlyClosures,
  agedOut: (y: YearReport) => y.agedOut,
  outOfHomePlacements: (y: YearReport) => y.outOfHomePlacements,
  continuityBreaksPerFamily: (y: YearReport) => y.continuityBreaksPerFamily,
  lettersPerFamily: (y: YearReport) => y.lettersPerFamily,
  desksPerFamily: (y: YearReport) => y.desksPerFamily,
  bankruptcies: (y: YearReport) => y.bankruptcies,
  gamingLevel: (y: YearReport) => y.gamingLevel,
  learningStock: (y: YearReport) => y.learningStock,
  basisStrength: (y: YearReport) => y.basisStrength,
  politicalPressure: (y: YearReport) => y.politicalPressure,
  trueWaiting: (y: YearReport) => y.dashboard.trueWaiting,
  lawfulness: (y: YearReport) => y.dashboard.lawfulness,
} as const satisfies Record<string, (y: YearReport) => number>;
export type MechanismCounter = keyof typeof mechanismCounters;

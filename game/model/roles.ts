import type { Decisions } from '../../engine/index.ts';

/** The four roles of a municipal team (GAME.md section 4). */
export const roles = ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const;
export type Role = (typeof roles)[number];

/** The optional provider team of the region (GAME.md section 4, aanbieder). */
export const providerRole = 'aanbieder';
export const seatRoles = [...roles, providerRole] as const;
export type SeatRole = (typeof seatRoles)[number];

export const isRole = (x: string): x is Role => (roles as readonly string[]).includes(x);

/**
 * Order in which roles go to students who do not pick one. The ervaringsdeskundige comes second on purpose:
 * a team of two already has the leefwereld at the table (GAME.md section 1, "meetbaar vs merkbaar").
 */
export const roleFillOrder: readonly Role[] = ['wethouder', 'ervaringsdeskundige', 'inkoper', 'professional'];

/** The lenses; uitvoering is split in the contract side (inkoper) and the practice side (professional). */
export const lenses = ['beleid', 'contracten', 'praktijk', 'leefwereld'] as const;
export type Lens = (typeof lenses)[number];

export const lensOfRole = {
  wethouder: 'beleid',
  inkoper: 'contracten',
  professional: 'praktijk',
  ervaringsdeskundige: 'leefwereld',
} as const satisfies Record<Role, Lens>;

export type LeverName = keyof Decisions;

/**
 * Which levers each role may draft (GAME.md sections 4 and 5). Every lever belongs to exactly one role; the
 * wethouder submits the whole set and may change any lever on submission.
 */
export const roleLevers = {
  wethouder: ['budgetEur', 'budgetSplit', 'learningFundShare', 'riskReflex'],
  inkoper: [
    'procurement',
    'archetype',
    'contractYears',
    'providerCount',
    'funding',
    'tariffLevel',
    'productCodes',
    'accountability',
    'sharedLedger',
  ],
  professional: [
    'access',
    'onePlanOneContact',
    'specialistsNearby',
    'mandate',
    'reflectionHours',
    'registration',
  ],
  ervaringsdeskundige: ['ervaringskennis', 'learningRhythm'],
} as const satisfies Record<Role, readonly LeverName[]>;

export const roleOfLever = (lever: string): Role | undefined =>
  roles.find((r) => (roleLevers[r] as readonly string[]).includes(lever));

import { z } from 'zod';

/**
 * A municipality's levers (GAME.md section 5). Every lever is bounded; the defaults are the NPM-typical
 * municipality so that a scenario may name only what differs from it.
 */
export const procurementForms = [
  'aanbesteding', // tender on price
  'open-house',
  'dialoog', // dialogue-based tender
  'strategisch-partnerschap', // a few strategic partners
  'enkele-partner', // one strategic partner (003:566-697)
  'insourcing', // access and coaches in own employ
  'subsidie', // subsidy for the sociale basis
] as const;
export const contractArchetypes = ['npm', 'relationeel', 'lerend'] as const;
export const fundingModels = ['per-product', 'per-traject', 'taakgericht', 'lumpsum'] as const;
export const productCodeLevels = ['veel', 'weinig', 'geen'] as const;
export const accessDesigns = ['loket-intake-beschikking', 'direct'] as const;
export const accountabilityRegimes = ['strak', 'steekproef', 'verhalend'] as const;
export const registrationModes = ['gebruik', 'behoefte'] as const;
export const ervaringskennisModes = ['geen', 'adviserend', 'structureel'] as const;
export const learningRhythms = ['geen', 'jaarlijks', 'kwartaal'] as const;
export const riskReflexModes = ['volgen', 'weerstaan'] as const;

const share = z.number().min(0).max(1);

export const budgetSplitSchema = z
  .object({ aanval: share, middenveld: share, verdediging: share })
  .refine((s) => Math.abs(s.aanval + s.middenveld + s.verdediging - 1) < 1e-6, {
    message: 'aanval + middenveld + verdediging must add up to 1',
  });

export const decisionsSchema = z
  .object({
    procurement: z.enum(procurementForms).default('aanbesteding'),
    archetype: z.enum(contractArchetypes).default('npm'),
    contractYears: z.number().int().min(1).max(9).default(2),
    providerCount: z.number().int().min(1).max(300).default(40),
    funding: z.enum(fundingModels).default('per-product'),
    /** Tariff as a fraction of the providers' cost price. */
    tariffLevel: z.number().min(0.6).max(1.4).default(0.95),
    productCodes: z.enum(productCodeLevels).default('veel'),
    /** Municipal youth budget in euro per year; null keeps the scenario's budget. */
    budgetEur: z.number().nonnegative().nullable().default(null),
    budgetSplit: budgetSplitSchema.default({ aanval: 0.08, middenveld: 0.07, verdediging: 0.85 }),
    /** Share of the budget in a learning fund (reisbudget, 004:378-380). */
    learningFundShare: z.number().min(0).max(0.05).default(0),
    access: z.enum(accessDesigns).default('loket-intake-beschikking'),
    onePlanOneContact: z.boolean().default(false),
    /** Specialists at school and GP (nabijheid, 004:430-432). */
    specialistsNearby: z.boolean().default(false),
    /** Professionals' decision margin, 0 = protocol only, 1 = full mandate (001:1416-1447). */
    mandate: share.default(0.3),
    accountability: z.enum(accountabilityRegimes).default('strak'),
    registration: z.enum(registrationModes).default('gebruik'),
    sharedLedger: z.boolean().default(false),
    ervaringskennis: z.enum(ervaringskennisModes).default('geen'),
    learningRhythm: z.enum(learningRhythms).default('geen'),
    /** Hours per professional per week kept for reflection on cases. */
    reflectionHours: z.number().min(0).max(6).default(0),
    /** Whether political pressure turns into basis cuts and tighter control (001:389-400). */
    riskReflex: z.enum(riskReflexModes).default('volgen'),
  })
  .strict();

export const regionalDecisionsSchema = z
  .object({
    jointContracting: z.boolean().default(false),
    placementCoordination: z.boolean().default(false),
    /** Regional development fund as a share of the region's youth budgets. */
    developmentFundShare: z.number().min(0).max(0.03).default(0),
  })
  .strict();

export type DecisionsInput = z.input<typeof decisionsSchema>;
export type Decisions = z.output<typeof decisionsSchema>;
export type RegionalDecisions = z.output<typeof regionalDecisionsSchema>;
export type RegionalDecisionsInput = z.input<typeof regionalDecisionsSchema>;

export const defaultDecisions = (): Decisions => decisionsSchema.parse({});

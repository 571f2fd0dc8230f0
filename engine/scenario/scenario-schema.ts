import { z } from 'zod';
import {
  type Decisions,
  decisionsSchema,
  type RegionalDecisions,
  regionalDecisionsSchema,
} from './decisions.ts';
import { parametersSchema } from './parameters.ts';

export const providerTypes = ['ambulant', 'specialist', 'residential', 'crisis'] as const;
/** Residential place types: open group or family home, treatment group, secure (002:68-71). */
export const bedTypes = ['open', 'behandel', 'gesloten'] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

export const municipalitySchema = z
  .object({
    id,
    name: z.string().min(1),
    /** Youths aged 0-22. */
    youth: z.number().int().positive().max(2_000_000),
    /** Relative risk of new needs (1 = national mean). */
    risk: z.number().min(0.3).max(3).default(1),
    /** Youth budget in euro per year. */
    budgetEur: z.number().positive(),
    /** Jeugdregio the municipality belongs to; providers serve their own area. */
    area: id.default('regio'),
    decisions: decisionsSchema.default(decisionsSchema.parse({})),
  })
  .strict();

export const providerSchema = z
  .object({
    id,
    name: z.string().min(1),
    type: z.enum(providerTypes),
    area: id.default('regio'),
    /** Staff in FTE (care staff; for residential and crisis, group staff). */
    fte: z.number().positive(),
    /** Residential and crisis: physical places. */
    beds: z.number().int().nonnegative().default(0),
    bedType: z.enum(bedTypes).default('open'),
    /** Number of identical providers this entry stands for (ids get a -1, -2 ... suffix). */
    count: z.number().int().min(1).max(1000).default(1),
  })
  .strict();

export const namedFamilyChoiceSchema = z.enum([
  'maandag',
  'ryan',
  'dochter',
  'sara',
  'amir',
  'lotte',
  'gezin-alles',
  'jamal',
]);

/**
 * A lever set given as a patch: every field of `schema` becomes optional and keeps its bounds, but gets no
 * default, so the patch holds exactly the levers it names (zod 4's `.partial()` would fill in the defaults).
 */
const patchOf = <T extends object>(schema: z.ZodObject): z.ZodType<Partial<T>> =>
  z
    .object(
      Object.fromEntries(
        Object.entries(schema.shape).map(([key, field]) => [
          key,
          (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
        ]),
      ),
    )
    .strict() as unknown as z.ZodType<Partial<T>>;

export const decisionsPatchSchema = patchOf<Decisions>(decisionsSchema);
export const regionalDecisionsPatchSchema = patchOf<RegionalDecisions>(regionalDecisionsSchema);

/**
 * A policy change a scenario schedules, so a run can start from one policy and switch (issue 9).
 * - `year`: the calendar year from whose first reported week the change applies (startYear .. startYear + 49),
 *   before that year's start-of-year processing (tenders, politics), exactly as if a player had set the levers
 *   between two years: a change of procurement form, number of providers or contract years starts a tender
 *   at that year start.
 * - `municipality`: the municipality id it applies to; absent: every municipality.
 * - `decisions`: a PATCH, not a full lever set: only the levers named change, merged onto the municipality's
 *   current decisions (as set, before the risk reflex), so "copy Veendam's policy" names just the levers that
 *   differ. Same fields and bounds as the municipality's `decisions`; `budgetSplit` is given whole.
 * - `regional`: optionally a patch of the regional decisions (region-wide, so only in an entry without
 *   `municipality`).
 * Entries of one year apply in the order listed, so a later entry wins for a lever both name.
 */
export const policyChangeSchema = z
  .object({
    year: z.number().int(),
    municipality: id.optional(),
    decisions: decisionsPatchSchema.default({}),
    regional: regionalDecisionsPatchSchema.optional(),
  })
  .strict()
  .refine((c) => Object.keys(c.decisions).length > 0 || Object.keys(c.regional ?? {}).length > 0, {
    message: 'names no decision to change',
    // A misspelt lever is already reported where it stands; do not add that the entry is empty.
    when: (payload) => payload.issues.length === 0,
  });

export const scenarioSchema = z
  .object({
    id,
    name: z.string().min(1),
    description: z.string().default(''),
    /** Calendar year of the first reported week. */
    startYear: z.number().int().min(2000).max(2100).default(2026),
    /** Weeks simulated before reporting starts, so the run begins from a settled system. */
    warmupWeeks: z.number().int().min(0).max(1040).default(520),
    /** Relative mix of residential needs over bed types (open, behandel, gesloten). */
    bedNeedMix: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]).default([0.5, 0.35, 0.15]),
    region: z
      .object({
        id,
        name: z.string().min(1),
        decisions: regionalDecisionsSchema.default(regionalDecisionsSchema.parse({})),
      })
      .strict(),
    municipalities: z.array(municipalitySchema).min(1).max(400),
    providers: z.array(providerSchema).min(1),
    namedFamilies: z.array(namedFamilyChoiceSchema).default([...namedFamilyChoiceSchema.options]),
    parameters: parametersSchema.default(parametersSchema.parse({})),
    /** Scheduled lever changes (see policyChangeSchema); none by default. */
    policyChanges: z.array(policyChangeSchema).max(10_000).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.municipalities.forEach((m, i) => {
      if (seen.has(m.id))
        ctx.addIssue({
          code: 'custom',
          path: ['municipalities', i, 'id'],
          message: `duplicate id "${m.id}"`,
        });
      seen.add(m.id);
    });
    const areas = new Set(s.municipalities.map((m) => m.area));
    s.providers.forEach((p, i) => {
      if (!areas.has(p.area)) {
        ctx.addIssue({
          code: 'custom',
          path: ['providers', i, 'area'],
          message: `no municipality in area "${p.area}"`,
        });
      }
      if ((p.type === 'residential' || p.type === 'crisis') && p.beds === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['providers', i, 'beds'],
          message: 'residential and crisis providers need beds',
        });
      }
    });
    checkPolicyChanges(s, ctx);
  });

/** Every policy change falls within the 50 years a run can report and names a municipality that exists. */
const checkPolicyChanges = (
  s: { startYear: number; municipalities: { id: string }[]; policyChanges: PolicyChange[] },
  ctx: z.RefinementCtx,
): void => {
  const ids = new Set(s.municipalities.map((m) => m.id));
  const lastYear = s.startYear + MAX_POLICY_YEARS - 1;
  s.policyChanges.forEach((c, i) => {
    const at = (...path: string[]) => ['policyChanges', i, ...path];
    if (c.year < s.startYear || c.year > lastYear) {
      ctx.addIssue({
        code: 'custom',
        path: at('year'),
        message: `year ${c.year} is outside the run's years ${s.startYear}-${lastYear}`,
      });
    }
    if (c.municipality !== undefined && !ids.has(c.municipality)) {
      ctx.addIssue({
        code: 'custom',
        path: at('municipality'),
        message: `no municipality "${c.municipality}" in this scenario`,
      });
    }
    if (c.regional !== undefined && c.municipality !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: at('regional'),
        message: 'regional decisions are region-wide: give them in an entry without municipality',
      });
    }
  });
};

/** Policy changes may fall in the first 50 calendar years of a run (startYear .. startYear + 49). */
export const MAX_POLICY_YEARS = 50;

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type MunicipalitySpec = z.output<typeof municipalitySchema>;
export type ProviderSpec = z.output<typeof providerSchema>;
export type NamedFamilyKey = z.output<typeof namedFamilyChoiceSchema>;
export type PolicyChange = z.output<typeof policyChangeSchema>;

export type ScenarioIssue = { path: string; message: string };

/** Parses untrusted scenario data; every problem comes back with its JSON path. */
export const parseScenario = (
  data: unknown,
): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } => {
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
};

const formatPath = (path: PropertyKey[]): string =>
  path.length === 0
    ? '$'
    : `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`;

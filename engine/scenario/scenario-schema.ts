import { z } from 'zod';
import { decisionsSchema, regionalDecisionsSchema } from './decisions.ts';
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

export const scenarioSchema = z
  .object({
    id,
    name: z.string().min(1),
    description: z.string().default(''),
    /** Calendar year of the first reported week. */
    startYear: z.number().int().min(2000).max(2100).default(2026),
    /** Weeks simulated before reporting starts, so the run begins from a settled system. */
    warmupWeeks: z.number().int().min(0).max(520).default(156),
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
  });

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type MunicipalitySpec = z.output<typeof municipalitySchema>;
export type ProviderSpec = z.output<typeof providerSchema>;
export type NamedFamilyKey = z.output<typeof namedFamilyChoiceSchema>;

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

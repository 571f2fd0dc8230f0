import { z } from 'zod';
import { capacityAndCareSpecs } from './parameter-specs/capacity-and-care.ts';
import { capacityAndCareThresholdSpecs } from './parameter-specs/capacity-and-care-thresholds.ts';
import { learningTrustMoneySpecs } from './parameter-specs/learning-trust-money.ts';
import { learningTrustMoneyThresholdSpecs } from './parameter-specs/learning-trust-money-thresholds.ts';
import { needAndAccessSpecs } from './parameter-specs/need-and-access.ts';
import { needAndAccessThresholdSpecs } from './parameter-specs/need-and-access-thresholds.ts';
import type { ParameterSpec } from './parameter-specs/parameter-spec.ts';
import { workforceAndProviderSpecs } from './parameter-specs/workforce-and-providers.ts';
import { workforceAndProviderThresholdSpecs } from './parameter-specs/workforce-and-providers-thresholds.ts';

export type { ParameterSpec } from './parameter-specs/parameter-spec.ts';

/**
 * Every model parameter, with its default and where its value comes from (docs/MODEL.md), gathered from
 * the per-mechanism files in parameter-specs/ in mechanism order.
 */
export const parameterSpecs = {
  ...needAndAccessSpecs,
  ...needAndAccessThresholdSpecs,
  ...capacityAndCareSpecs,
  ...capacityAndCareThresholdSpecs,
  ...workforceAndProviderSpecs,
  ...workforceAndProviderThresholdSpecs,
  ...learningTrustMoneySpecs,
  ...learningTrustMoneyThresholdSpecs,
} as const satisfies Record<string, ParameterSpec>;

export type ParameterName = keyof typeof parameterSpecs;
export type Parameters = { [K in ParameterName]: number };

const shape = Object.fromEntries(
  Object.entries(parameterSpecs).map(([name, spec]) => [
    name,
    z.number().min(spec.min).max(spec.max).default(spec.value),
  ]),
) as { [K in ParameterName]: z.ZodDefault<z.ZodNumber> };

export const parametersSchema = z.object(shape).strict();

export const defaultParameters = (): Parameters => parametersSchema.parse({});

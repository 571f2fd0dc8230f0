import { z } from 'zod';

import { defaultSeed, defaultWorkers, defaultYears, maxWorkers, maxYears } from './cli-defaults.ts';

export { defaultSeed, defaultYears, maxYears };
export const outputFormats = ['json', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Options as commander hands them over: strings, or absent. Numbers are accepted for callers in code. */
export type RawSimulateOptions = {
  scenario?: string;
  years?: string | number;
  seed?: string | number;
  format?: string;
  out?: string;
  workers?: string | number;
};

export type SimulateOptions = {
  scenario: string;
  years: number;
  seed: number;
  format: OutputFormat;
  out?: string;
  /** Worker threads for the area shards of a scenario of several areas; the report does not depend on it. */
  workers: number;
};

// Digits only: Number('1e3'), Number('0x10') and Number(' ') would otherwise slip through as integers.
const wholeNumber = (flag: string, range: string, fallback: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback;
      const text = String(v).trim();
      if (!/^\d+$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: `${flag} must be an integer from ${range}, got "${v}"` });
        return z.NEVER;
      }
      return Number(text);
    });

export const simulateOptionsSchema = z.object({
  scenario: z
    .string({ error: '--scenario is required (a preset id or a path to a JSON file)' })
    .trim()
    .min(1, '--scenario is required (a preset id or a path to a JSON file)'),
  years: wholeNumber('--years', `1 to ${maxYears}`, defaultYears).pipe(
    z
      .number()
      .min(1, '--years must be at least 1')
      .max(maxYears, `--years must be at most ${maxYears} (runs are capped at ${maxYears} years)`),
  ),
  seed: wholeNumber('--seed', '0 to 4294967295', defaultSeed).pipe(
    z.number().max(2 ** 32 - 1, '--seed must be below 2^32 (4294967296)'),
  ),
  format: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? 'json' : v.trim().toLowerCase()))
    .pipe(
      z.enum(outputFormats, { error: (i) => `--format must be "json" or "csv", got "${String(i.input)}"` }),
    ),
  out: z.string().trim().min(1, '--out needs a file name').optional(),
  workers: wholeNumber('--workers', `1 to ${maxWorkers}`, defaultWorkers()).pipe(
    z
      .number()
      .min(1, '--workers must be at least 1')
      .max(maxWorkers, `--workers must be at most ${maxWorkers}`),
  ),
});

export type OptionsResult = { ok: true; options: SimulateOptions } | { ok: false; problems: string[] };

/** Validates all options at once, so the user sees every problem in one go. */
export const parseSimulateOptions = (raw: RawSimulateOptions): OptionsResult => {
  const result = simulateOptionsSchema.safeParse(raw);
  if (result.success) return { ok: true, options: result.data };
  return { ok: false, problems: result.error.issues.map((i) => i.message) };
};

import { extname } from 'node:path';
import { z } from 'zod';
import { defaultWorkers, maxWorkers } from '../cli-defaults.ts';
import { maxYears } from '../cli-options.ts';

export { defaultWorkers, maxWorkers };
export const maxRuns = 10_000;

/** Options as commander hands them over. */
export type RawBatchOptions = {
  scenario?: string;
  vary?: string[];
  runs?: string | number;
  years?: string | number;
  seed?: string | number;
  workers?: string | number;
  out?: string;
};

export type BatchOptions = {
  scenario: string;
  vary: string[];
  runs: number;
  years: number;
  seed: number;
  workers: number;
  out: string;
  format: 'csv' | 'json';
};

const whole = (flag: string, min: number, max: number, fallback?: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) {
        if (fallback !== undefined) return fallback;
        ctx.addIssue({ code: 'custom', message: `${flag} is required (an integer from ${min} to ${max})` });
        return z.NEVER;
      }
      const text = String(v).trim();
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${flag} must be an integer from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  scenario: z
    .string({ error: '--scenario is required (a preset id or a path to a JSON file)' })
    .trim()
    .min(1, '--scenario is required (a preset id or a path to a JSON file)'),
  vary: z.array(z.string()).default([]),
  runs: whole('--runs', 1, maxRuns),
  years: whole('--years', 1, maxYears),
  seed: whole('--seed', 0, 2 ** 32 - 1 - maxRuns, 1),
  workers: whole('--workers', 1, maxWorkers, defaultWorkers()),
  out: z
    .string({ error: '--out is required (a file ending in .csv or .json)' })
    .trim()
    .refine((o) => ['.csv', '.json'].includes(extname(o).toLowerCase()), {
      message: '--out must end in .csv or .json',
    }),
});

/** Validates every option at once; the output format follows from the file name. */
export const parseBatchOptions = (
  raw: RawBatchOptions,
): { ok: true; options: BatchOptions } | { ok: false; problems: string[] } => {
  const r = schema.safeParse(raw);
  if (!r.success) return { ok: false, problems: r.error.issues.map((i) => i.message) };
  const format = extname(r.data.out).toLowerCase() === '.json' ? 'json' : 'csv';
  return { ok: true, options: { ...r.data, format } };
};

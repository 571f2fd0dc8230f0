import { type ZodType, z } from 'zod';
import { AppError, type Issue } from './app-error.ts';
import type { Language } from './language.ts';

// Built once: zod's locale error maps are plain functions, safe to share between requests.
const errorMaps = { nl: z.locales.nl().localeError, en: z.locales.en().localeError } as const;

const pathText = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');

/** Zod issues as the wire `issues` list: a dotted path and a message in the user's language. */
export const toIssues = (error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: pathText(i.path), message: i.message }));

/**
 * Parses untrusted input (a request body, params, a socket message) with a zod schema, or throws an AppError
 * listing every problem, so no handler ever sees unvalidated data. zod's default messages come in the user's
 * language; messages written into a schema win over them.
 */
export const parseInput = <T>(
  schema: ZodType<T>,
  input: unknown,
  language: Language,
  code: 'invalid_request' | 'invalid_message' = 'invalid_request',
): T => {
  const result = schema.safeParse(input, { error: errorMaps[language] });
  if (result.success) return result.data;
  throw new AppError(code, { issues: toIssues(result.error) });
};

import { z } from 'zod';

/**
 * A session id as the server mints it (`session-hub.ts`: the first 22 characters of a base64url token): URL-safe
 * letters, digits, `-` and `_`. Checked at every boundary before a store sees it: PostgreSQL refuses a text with a
 * NUL byte outright, so `/api/sessions/%00/view` was a 500 there (found by the route fuzzing on PostgreSQL).
 */
export const sessionIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'session id: letters, digits, - or _' });

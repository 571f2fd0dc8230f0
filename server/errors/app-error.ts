import { type ErrorCode, errorCatalog } from './error-catalog.ts';
import type { Language } from './language.ts';

/** One problem with one field of a request or message, for `invalid_request` and `invalid_message`. */
export type Issue = { path: string; message: string };

export type ErrorDetails = {
  issues?: Issue[];
  /**
   * For `action_refused`: the game's own reason (a code of game/rules/errors.ts) with its message in both
   * languages; the wire message is the game's, so a student reads why exactly, not a generic refusal.
   */
  reason?: { code: string; message: { nl: string; en: string } };
  /** For `rate_limited`: when to try again; also sent as the Retry-After header. */
  retryAfterSeconds?: number;
};

/**
 * An error meant for the user: a stable code from the catalog plus optional details. The message is chosen
 * per request language at the edge (HTTP error handler, socket reply), never here, so the same error can be
 * shown in Dutch to one student and in English to another.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(`${code}: ${errorCatalog[code].en}`, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }
}

/** The wire shape of every error: `{ error: { code, message, ...details } }`. */
export type ErrorBody = {
  error: { code: ErrorCode; message: string; reason?: string } & Omit<ErrorDetails, 'reason'>;
};

export const errorBody = (error: AppError, language: Language): ErrorBody => {
  const { reason, ...details } = error.details;
  const message = reason ? reason.message[language] : errorCatalog[error.code][language];
  return { error: { code: error.code, message, ...(reason ? { reason: reason.code } : {}), ...details } };
};

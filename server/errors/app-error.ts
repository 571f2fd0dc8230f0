import { type ErrorCode, errorCatalog } from './error-catalog.ts';
import type { Language } from './language.ts';

/** One problem with one field of a request or message, for `invalid_request` and `invalid_message`. */
export type Issue = { path: string; message: string };

export type ErrorDetails = {
  issues?: Issue[];
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
export type ErrorBody = { error: { code: ErrorCode; message: string } & ErrorDetails };

export const errorBody = (error: AppError, language: Language): ErrorBody => ({
  error: { code: error.code, message: errorCatalog[error.code][language], ...error.details },
});

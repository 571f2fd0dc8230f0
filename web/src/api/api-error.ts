import type { ErrorBody } from './view-types.ts';

/** A refusal from the server: `code` is stable (switch on it), `message` is already in the user's language. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly reason: string | undefined;
  readonly issues: ErrorBody['issues'];

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.reason = body.reason;
    this.issues = body.issues;
  }
}

/** The network itself failed (server down, phone offline). */
export const offlineError = (message: string) => new ApiError(0, { code: 'offline', message });

const isErrorBody = (x: unknown): x is { error: ErrorBody } =>
  typeof x === 'object' && x !== null && 'error' in x && typeof (x as { error: unknown }).error === 'object';

export const toApiError = (status: number, body: unknown, fallback: string): ApiError =>
  isErrorBody(body)
    ? new ApiError(status, body.error)
    : new ApiError(status, { code: 'unknown', message: fallback });

import { isStoreError, type StoreErrorCode } from '../storage/store-error.ts';
import { AppError } from './app-error.ts';
import type { ErrorCode } from './error-catalog.ts';

// Fastify's own errors (body parsing, limits) that a user can cause, by their code.
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

// Store errors that reach a user: the rest are bugs on our side and become internal_error.
const storeCodes: Partial<Record<StoreErrorCode, ErrorCode>> = {
  session_not_found: 'session_not_found',
  seq_conflict: 'conflict',
  duplicate_session: 'conflict',
  duplicate_join_code: 'conflict',
  store_closed: 'unavailable',
};

const byStatus: Record<number, ErrorCode> = {
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

const statusOf = (e: object): number | undefined => {
  const status = (e as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
};

/** Any thrown value as a user-facing AppError; `internal_error` for whatever was not meant for the user. */
export const toAppError = (e: unknown): AppError => {
  if (e instanceof AppError) return e;
  if (isStoreError(e)) return new AppError(storeCodes[e.code] ?? 'internal_error', {}, { cause: e });
  if (typeof e !== 'object' || e === null) return new AppError('internal_error', {}, { cause: e });
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && fastifyCodes[code])
    return new AppError(fastifyCodes[code], {}, { cause: e });
  const status = statusOf(e);
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError(byStatus[status] ?? 'bad_request', {}, { cause: e });
  }
  return new AppError(byStatus[status ?? 500] ?? 'internal_error', {}, { cause: e });
};

import { describe, expect, it } from 'vitest';
import { StoreError } from '../storage/store-error.ts';
import { AppError } from './app-error.ts';
import { toAppError } from './to-app-error.ts';

const withCode = (code: string, statusCode?: number) => Object.assign(new Error(code), { code, statusCode });

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const e = new AppError('rate_limited', { retryAfterSeconds: 3 });
    expect(toAppError(e)).toBe(e);
  });

  it.each([
    ['session_not_found', 'session_not_found'],
    ['seq_conflict', 'conflict'],
    ['duplicate_join_code', 'conflict'],
    ['store_closed', 'unavailable'],
    ['invalid_json', 'internal_error'],
    ['unsupported_schema', 'internal_error'],
  ] as const)('maps store error %s to %s', (storeCode, code) => {
    const mapped = toAppError(new StoreError(storeCode, 'detail'));
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBeInstanceOf(StoreError);
  });

  it.each([
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'payload_too_large'],
    ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'invalid_json'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'invalid_json'],
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported_media_type'],
    ['FST_ERR_SOMETHING_NEW', 400, 'bad_request'],
    ['FST_ERR_NOT_FOUND', 404, 'not_found'],
    ['ECONNRESET', undefined, 'internal_error'],
  ] as const)('maps %s (%s) to %s', (fastifyCode, status, code) => {
    expect(toAppError(withCode(fastifyCode, status)).code).toBe(code);
  });

  it('treats anything else, thrown values included, as internal_error', () => {
    for (const thrown of [new TypeError('x'), 'a string', undefined, 42, null]) {
      expect(toAppError(thrown).code).toBe('internal_error');
    }
  });

  it('keeps a 503 from a library as unavailable', () => {
    expect(toAppError({ statusCode: 503 }).code).toBe('unavailable');
  });
});

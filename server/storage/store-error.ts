/** What can go wrong in a store, the same for every implementation (the contract suite checks the codes). */
export const storeErrorCodes = [
  'duplicate_session',
  'duplicate_join_code',
  'session_not_found',
  'seq_conflict',
  'invalid_seq',
  'invalid_json',
  'invalid_status',
  'store_closed',
  'unsupported_schema',
] as const;
export type StoreErrorCode = (typeof storeErrorCodes)[number];

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

export const isStoreError = (e: unknown, code?: StoreErrorCode): e is StoreError =>
  e instanceof StoreError && (code === undefined || e.code === code);

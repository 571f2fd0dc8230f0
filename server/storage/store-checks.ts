import { fromJsonText, toJsonText } from './json-text.ts';
import { type LoggedAction, type NewSession, type SessionStatus, sessionStatuses } from './session-store.ts';
import { StoreError } from './store-error.ts';

// Shared by every implementation, so they reject the same inputs with the same codes.

export const checkAppendSeq = (seq: number, lastSeq: number): void => {
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new StoreError('invalid_seq', `seq must be 1 or more: ${seq}`);
  if (seq !== lastSeq + 1) {
    throw new StoreError('seq_conflict', `seq ${seq} does not follow the last action ${lastSeq}`);
  }
};

export const checkSnapshotSeq = (seq: number, lastSeq: number): void => {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq > lastSeq) {
    throw new StoreError('invalid_seq', `snapshot seq must be 0 to ${lastSeq}: ${seq}`);
  }
};

const isSessionStatus = (status: string): status is SessionStatus =>
  (sessionStatuses as readonly string[]).includes(status);

export const checkStatus = (status: string): SessionStatus => {
  if (!isSessionStatus(status)) throw new StoreError('invalid_status', `unknown session status: ${status}`);
  return status;
};

/** The row to store for a new session, with its config serialised; throws before anything is written. */
export const checkNewSession = (meta: NewSession) => {
  for (const field of ['id', 'joinCode', 'facilitatorTokenHash', 'createdAt'] as const) {
    if (typeof meta[field] !== 'string' || meta[field] === '') {
      throw new StoreError('invalid_json', `session ${field} must be a non-empty string`);
    }
  }
  return { ...meta, configText: toJsonText(meta.config, 'config') };
};

export const sessionNotFound = (id: string) => new StoreError('session_not_found', `no session ${id}`);

/** The key column of each action of an append (null where the client named none); refuses a key that is no string. */
export const checkActionKeys = (
  count: number,
  keys: readonly (string | undefined)[] = [],
): (string | null)[] =>
  Array.from({ length: count }, (_, i) => {
    const key = keys[i];
    if (key !== undefined && (typeof key !== 'string' || key === ''))
      throw new StoreError('invalid_json', 'an action key must be a non-empty string');
    return key ?? null;
  });

/** A log entry as every store reads it back: the key only where one was stored. */
export const toLogged = (seq: number, actionText: string, key: string | null | undefined): LoggedAction => ({
  seq,
  action: fromJsonText(actionText),
  ...(key ? { key } : {}),
});

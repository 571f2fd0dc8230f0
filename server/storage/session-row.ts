import { fromJsonText } from './json-text.ts';
import type { SessionRecord } from './session-store.ts';
import { checkStatus } from './store-checks.ts';

/** A session's row as both SQL stores read it (sqlite-store.ts, pg-store.ts). */
export type SessionRow = {
  id: string;
  join_code: string;
  facilitator_token_hash: string;
  created_at: string;
  status: string;
  config: string;
  last_seq: number;
};

export const toRecord = (row: SessionRow): SessionRecord => ({
  id: row.id,
  joinCode: row.join_code,
  facilitatorTokenHash: row.facilitator_token_hash,
  createdAt: row.created_at,
  config: fromJsonText(row.config),
  status: checkStatus(row.status),
  lastSeq: row.last_seq,
});

import { createHash } from 'node:crypto';
import { buildReport } from '../../engine/index.ts';
import type { GameState } from '../../game/index.ts';
import { reportToCsv } from '../cli/report-csv.ts';
import type { JsonValue, LoggedAction, SessionRecord } from '../storage/session-store.ts';

export const EXPORT_FORMAT = 'monopolycentrisme-session/1';

/** A stand-in for a secret that keeps it unique (a replay still seats everyone) but useless as a key. */
const redact = (secret: string, kind: string): string =>
  `redacted-${kind}-${createHash('sha256').update(secret).digest('hex').slice(0, 24)}`;

/**
 * Seat tokens and rejoin codes are keys to students' seats: the export names them only by a hash, so a file
 * passed around after class opens no seat. Everything the rules read stays, so the log still replays.
 */
const redactAction = (action: JsonValue): JsonValue => {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) return action;
  const copy: { [key: string]: JsonValue } = { ...action };
  if (typeof copy.seatToken === 'string') copy.seatToken = redact(copy.seatToken, 'token');
  if (typeof copy.rejoinCode === 'string') copy.rejoinCode = redact(copy.rejoinCode, 'code');
  return copy;
};

export type SessionExport = {
  format: typeof EXPORT_FORMAT;
  session: { id: string; joinCode: string; createdAt: string; status: string; lastSeq: number };
  config: JsonValue;
  log: LoggedAction[];
  results: { rounds: GameState['rounds']; report: ReturnType<typeof buildReport> };
};

/** The whole session as one JSON document: config + log (the truth) and the results they produce. */
export const exportSession = (
  record: SessionRecord,
  log: readonly LoggedAction[],
  state: GameState,
): SessionExport => ({
  format: EXPORT_FORMAT,
  session: {
    id: record.id,
    joinCode: record.joinCode,
    createdAt: record.createdAt,
    status: record.status,
    lastSeq: record.lastSeq,
  },
  config: record.config,
  log: log.map((entry) => ({ seq: entry.seq, action: redactAction(entry.action) })),
  results: { rounds: state.rounds, report: buildReport(state.sim) },
});

/** One row per municipality-year and per region-year of the years played so far. */
export const exportSessionCsv = (state: GameState): string =>
  reportToCsv(buildReport(state.sim), { regionName: state.regionName });

import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type LogLevel = LevelWithSilent;

/**
 * Tokens and names must never reach a log file: a facilitator token in a log is the session's master key. Fastify's
 * request logs hold method, URL and address, not headers; these paths catch anything logged by hand.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'headers.authorization',
  'token',
  '*.token',
  'facilitatorToken',
  '*.facilitatorToken',
  'seatToken',
  '*.seatToken',
  'auth',
  '*.auth',
  'rejoinCode',
  '*.rejoinCode',
  'adminToken',
  '*.adminToken',
  'req.headers.cookie',
  // Personal data: a student's name never goes to a log (docs/privacy.md).
  'displayName',
  '*.displayName',
  '*.*.displayName',
];

/** JSON lines on stdout (or the given stream), one logger shared by HTTP, realtime and the serve command. */
export const createLogger = ({
  level = 'info',
  destination,
}: {
  level?: LogLevel;
  destination?: DestinationStream;
} = {}): Logger =>
  pino(
    { level, base: { app: 'monopolycentrisme' }, redact: { paths: redactedPaths, censor: '[redacted]' } },
    destination,
  );

/** For tests and library use: logs nothing. */
export const createSilentLogger = (): Logger => pino({ level: 'silent' });

import { createAdapter } from '@socket.io/postgres-adapter';
import type pg from 'pg';

/**
 * Socket.IO's PostgreSQL adapter (issue 14): rooms and server-to-server messages span every instance through
 * LISTEN/NOTIFY on the database they already share, so no Redis has to be run beside it. Messages over 8000
 * bytes go through the table socket_io_attachments (storage/pg-migrations.ts). Views never travel this way:
 * each instance builds them for its own connections (create-realtime.ts sends them locally).
 */
export const createPgAdapter = (pool: pg.Pool, onError: (e: Error) => void = () => undefined) =>
  createAdapter(pool, { errorHandler: onError, heartbeatInterval: 2000, heartbeatTimeout: 6000 });

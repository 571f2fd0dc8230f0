import type pg from 'pg';

/** Where a session's actions are decided: here, or at the instance that holds its lease. */
/**
 * Where a session's actions are decided: here, or at the instance that holds its lease. `epoch` names this
 * instance's uninterrupted hold: while it stays the same, nobody else can have written to the session's log.
 */
export type Holder = { here: true; epoch: number } | { here: false; owner: string; url: string };

export type LeaseOptions = {
  pool: pg.Pool;
  /** This instance's name in the lease table (unique per running process). */
  instanceId: string;
  /** Where the other instances reach this one (its internal address), stored with every lease it holds. */
  instanceUrl: () => string;
  /**
   * How long a lease lasts without renewal. Assumption: 4 s, renewed every second, so a dead authority is
   * replaced within about 5 s (the limit is 10 s) while a busy event loop misses three renewals first.
   */
  leaseMs?: number;
  renewMs?: number;
  /** A lease this instance held ran out or was taken (a long pause): its copy becomes a follower's. */
  onLost?: (sessionId: string) => void;
  onError?: (e: unknown) => void;
};

/**
 * Kept below the lease's end on this machine's clock, against clock drift and a slow renewal query: 750 ms of
 * the default 4 s (a quarter of shorter leases).
 */
const safetyMargin = (leaseMs: number) => Math.min(750, leaseMs / 4);

/**
 * The lease of each session in PostgreSQL (a row with an expiry, table session_leases): at most one instance
 * holds a session at a time, renews it while alive, and any instance may take it once it has run out. A lease
 * only decides who acts; the log's primary key (session, seq) is the fence that stops a stale holder from
 * forking the log (storage/pg-store.ts).
 */
export const createSessionLeases = ({
  pool,
  instanceId,
  instanceUrl,
  leaseMs = 4000,
  renewMs = 1000,
  onLost = () => undefined,
  onError = () => undefined,
}: LeaseOptions) => {
  /** Sessions held, with the local time until which the lease surely still holds. */
  const held = new Map<string, number>();
  const epochs = new Map<string, number>();
  let nextEpoch = 1;
  let stopped = false;

  const holds = (sessionId: string) => (held.get(sessionId) ?? 0) > Date.now();

  /** Takes the lease when it is free, run out or already ours; otherwise says who holds it. */
  const claim = async (sessionId: string): Promise<Holder> => {
    if (holds(sessionId)) return { here: true, epoch: epochs.get(sessionId)! };
    const asked = Date.now();
    const taken = await pool.query(
      `INSERT INTO session_leases (session_id, owner, owner_url, expires_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
       ON CONFLICT (session_id) DO UPDATE
         SET owner = excluded.owner, owner_url = excluded.owner_url, expires_at = excluded.expires_at
         WHERE session_leases.owner = excluded.owner OR session_leases.expires_at < now()
       RETURNING session_id`,
      [sessionId, instanceId, instanceUrl(), leaseMs],
    );
    if (taken.rowCount === 1 && !stopped) {
      held.set(sessionId, asked + leaseMs - safetyMargin(leaseMs));
      // Taken through the database: another instance may have written in between, so a new epoch.
      const epoch = nextEpoch++;
      epochs.set(sessionId, epoch);
      return { here: true, epoch };
    }
    const row = (
      await pool.query<{ owner: string; owner_url: string }>(
        'SELECT owner, owner_url FROM session_leases WHERE session_id = $1',
        [sessionId],
      )
    ).rows[0];
    // Gone between the two queries (the holder released it): ask again.
    if (!row) return claim(sessionId);
    return { here: false, owner: row.owner, url: row.owner_url };
  };

  const renew = async () => {
    const ids = [...held.keys()];
    if (ids.length === 0) return;
    const asked = Date.now();
    const renewed = await pool.query<{ session_id: string }>(
      `UPDATE session_leases SET expires_at = now() + $3 * interval '1 millisecond'
       WHERE owner = $1 AND session_id = ANY($2) RETURNING session_id`,
      [instanceId, ids, leaseMs],
    );
    const still = new Set(renewed.rows.map((r) => r.session_id));
    for (const id of ids) {
      if (still.has(id)) held.set(id, asked + leaseMs - safetyMargin(leaseMs));
      else if (held.delete(id)) onLost(id);
    }
  };

  /**
   * Active sessions that nobody holds now: their holder stopped renewing, or nobody ever claimed them (only
   * after ten seconds, so a session is not taken from its creator between its row and its lease).
   */
  const orphans = async (): Promise<string[]> =>
    (
      await pool.query<{ id: string }>(
        `SELECT s.id FROM sessions s LEFT JOIN session_leases l ON l.session_id = s.id
         WHERE s.status = 'active' AND (l.expires_at < now()
           OR (l.session_id IS NULL AND s.created_at::timestamptz < now() - interval '10 seconds'))
         ORDER BY s.created_order`,
      )
    ).rows.map((r) => r.id);

  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = renewing.then(renew).catch(onError);
  }, renewMs);
  timer.unref();

  return {
    claim,
    holds,
    orphans,
    heldIds: () => [...held.keys()],
    /** Stops renewing and hands every held lease back at once, so another instance need not wait for expiry. */
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await renewing;
      const ids = [...held.keys()];
      held.clear();
      if (ids.length > 0)
        await pool
          .query('DELETE FROM session_leases WHERE owner = $1 AND session_id = ANY($2)', [instanceId, ids])
          .catch(onError);
    },
  };
};

export type SessionLeases = ReturnType<typeof createSessionLeases>;

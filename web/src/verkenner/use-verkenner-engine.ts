import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { Scenario, ScenarioIssue } from '../../../engine/index.ts';
import { paced } from './paced.ts';
import { createRunStore, type RunStore } from './run-store.ts';
import { createWorkerPool, type PoolWorker, type WorkerPool } from './worker-pool.ts';
import type { WorkerReply } from './worker-protocol.ts';

export const projectionYears = 10;

/**
 * Two workers at least (the preview of 20 seeds is measured on two), at most four, one core left free;
 * `?workers=n` (1-8) sets it, for the benchmark's fixed pool of two.
 */
export const poolSize = (search = window.location.search) => {
  const asked = Number(new URLSearchParams(search).get('workers'));
  if (Number.isInteger(asked) && asked >= 1 && asked <= 8) return asked;
  return Math.max(2, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
};

const makeWorker = (): PoolWorker =>
  new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as PoolWorker;

/** The worker pool and run store of the page: made once, kept warm for the page's life, ended on leaving. */
export const useVerkennerEngine = (): { pool: WorkerPool; store: RunStore } | null => {
  const [engine, setEngine] = useState<{ pool: WorkerPool; store: RunStore } | null>(null);
  useEffect(() => {
    const pool = createWorkerPool(poolSize(), makeWorker);
    setEngine({ pool, store: createRunStore(pool, projectionYears) });
    return () => pool.dispose();
  }, []);
  return engine;
};

/** Re-renders for the runs that arrived: the newest move's first line at once, then paced (paced.ts). */
export const useRuns = (store: RunStore | undefined) => {
  const subscribe = useCallback((l: () => void) => store?.subscribe(paced(l)) ?? (() => undefined), [store]);
  return useSyncExternalStore(subscribe, () => store?.version() ?? 0);
};

/** Checks scenario data with the engine's schema in a worker (defaults filled in, issues with JSON paths). */
export const parseInWorker = async (
  pool: WorkerPool,
  data: unknown,
): Promise<{ ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] }> => {
  // Of no generation a move can pass: a check queued behind runs is never dropped by a newer move (it was, and
  // the uploaded file was silently lost).
  const reply = await pool.run<WorkerReply>({ type: 'parse', data }, Number.POSITIVE_INFINITY);
  if (reply.type === 'parse') return reply.ok ? reply : { ok: false, issues: reply.issues };
  return {
    ok: false,
    issues: [{ path: '$', message: reply.type === 'error' ? reply.message : 'unexpected reply' }],
  };
};

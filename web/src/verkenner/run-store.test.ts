import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../engine/index.ts';
import { createRunStore } from './run-store.ts';
import { createWorkerPool, type PoolWorker } from './worker-pool.ts';
import type { RunRequest } from './worker-protocol.ts';

const scenario = { id: 's', startYear: 2026, policyChanges: [] } as unknown as Scenario;

/** Workers that answer on demand with a series whose value is the seed (so the bands are checkable). */
const setupStore = () => {
  const workers: (PoolWorker & { sent: RunRequest[] })[] = [];
  const pool = createWorkerPool(2, () => {
    const w = {
      sent: [] as RunRequest[],
      onmessage: null as PoolWorker['onmessage'],
      postMessage: (m: unknown) => w.sent.push(m as RunRequest),
      terminate: () => undefined,
    };
    workers.push(w);
    return w;
  });
  let t = 0;
  const store = createRunStore(pool, 2, () => t);
  const answer = async (w: (typeof workers)[number]) => {
    const req = w.sent.at(-1) as RunRequest;
    w.onmessage?.({
      data: {
        id: req.id,
        type: 'run',
        series: { years: [2026], outcomes: [[req.seed]], counters: [[]], families: [] },
      },
    });
    await Promise.resolve();
  };
  return { store, workers, answer, tick: (ms: number) => (t += ms) };
};

describe('run store', () => {
  it('asks seed 1 of the current setting first, interleaves the jobs, and keeps what came in', async () => {
    const { store, workers, answer, tick } = setupStore();
    const moved = { decisions: { mandate: 1 }, regional: {} };
    const base = { decisions: {}, regional: {} };
    const firstLines: boolean[] = [];
    store.subscribe((firstLine) => firstLines.push(firstLine));
    store.request(scenario, [
      { setting: moved, seeds: 2 },
      { setting: base, seeds: 2 },
    ]);
    // Seed 1 of the move first; the second worker takes seed 2, not the baseline's seed 1, whose warm-up the
    // first worker is making (the pool keeps a seed with the worker that warmed it up).
    expect(workers.map((w) => [w.sent[0].seed, Object.keys(w.sent[0].setting.decisions).length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    tick(40);
    await answer(workers[0]);
    expect(store.timing()).toMatchObject({ firstLineMs: 40, previewMs: null });
    expect(firstLines).toEqual([true]);
    expect(store.runs(scenario, moved, 2).map((r) => r?.outcomes[0][0])).toEqual([1, undefined]);
    // Worker 0 went on with the baseline's seed 1 (running: it finishes and is kept). A newer move drops the
    // queued baseline seed 2; each seed of the newer move goes to the worker that warmed that seed up.
    expect(workers[0].sent.at(-1)).toMatchObject({ seed: 1, setting: { decisions: {} } });
    const newer = { decisions: { mandate: 0.5 }, regional: {} };
    store.request(scenario, [{ setting: newer, seeds: 2 }]);
    await answer(workers[1]);
    expect(workers[1].sent.at(-1)).toMatchObject({ seed: 2, setting: { decisions: { mandate: 0.5 } } });
    await answer(workers[0]);
    expect(workers[0].sent.at(-1)).toMatchObject({ seed: 1, setting: { decisions: { mandate: 0.5 } } });
    await answer(workers[1]);
    await answer(workers[0]);
    expect(store.runs(scenario, newer, 2).map((r) => r?.outcomes[0][0])).toEqual([1, 2]);
    expect(store.runs(scenario, moved, 2).map((r) => r?.outcomes[0][0])).toEqual([1, 2]);
    expect(store.runs(scenario, base, 2).map((r) => r?.outcomes[0][0])).toEqual([1, undefined]);
    expect(store.timing().previewMs).not.toBeNull();
    // The listeners heard of each run; only the first line of each newest move was marked to draw at once.
    expect(firstLines).toEqual([true, false, false, false, true]);
    // Going back costs nothing for what is cached: only the missing seed is asked.
    const sent = workers.flatMap((w) => w.sent);
    store.request(scenario, [
      { setting: moved, seeds: 2 },
      { setting: base, seeds: 2 },
    ]);
    const asked = workers.flatMap((w) => w.sent).filter((m) => !sent.includes(m));
    expect(asked.map((m) => [m.seed, Object.keys(m.setting.decisions).length])).toEqual([[2, 0]]);
  });
});

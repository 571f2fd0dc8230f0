import { describe, expect, it } from 'vitest';
import { createAppliedKeys } from './applied-keys.ts';
import type { Queued } from './step-batch.ts';

const item = (key?: string): Queued => ({
  actor: { kind: 'facilitator' },
  body: { type: 'advance-phase' },
  ...(key ? { key } : {}),
  done: () => undefined,
  fail: () => undefined,
});

describe('applied keys (the log side of idempotent actions)', () => {
  it('answers logged keys with their seq, runs the rest in their order, and keeps only the newest `limit`', () => {
    const applied = createAppliedKeys(
      [
        { seq: 3, key: 'seat:a:1' },
        { seq: 5, key: 'seat:b:1' },
      ],
      3,
    );
    applied.addLogged([
      { seq: 6, action: 'x' },
      { seq: 7, action: 'y', key: 'seat:a:2' },
    ]);
    const batch = [item('seat:a:1'), item(), item('seat:c:1'), item('seat:a:2'), item('seat:b:1')];
    const { fresh, repeats } = applied.partition(batch);
    expect(fresh).toEqual([batch[1], batch[2]]);
    expect(repeats.map((r) => [r.item, r.seq])).toEqual([
      [batch[0], 3],
      [batch[3], 7],
      [batch[4], 5],
    ]);
    // A fourth key pushes out the oldest one: its retry runs again, as with action-ids.ts's limit.
    applied.add('seat:c:1', 8);
    expect(applied.partition([item('seat:a:1')]).fresh).toHaveLength(1);
    expect(applied.partition([item('seat:c:1')]).repeats).toEqual([{ item: expect.anything(), seq: 8 }]);
  });
});

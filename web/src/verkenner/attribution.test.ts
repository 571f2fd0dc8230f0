import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute, changedJourneys, movedCounters, readAt } from './attribution.ts';
import type { RunSeries } from './worker-protocol.ts';

const run = (v: number, counters: number[] = [0]): RunSeries => ({
  years: [2026],
  outcomes: [[v]],
  counters: [counters],
  families: [],
});

describe('attribution', () => {
  it('bars plus the interaction remainder equal the total change exactly, for any runs', () => {
    const value = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, value, fc.array(value, { minLength: 1, maxLength: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (seeds) => {
          const levers = seeds[0][2].length;
          const base = seeds.map(([b]) => run(b));
          const full = seeds.map(([, f]) => run(f));
          const singles = Array.from({ length: levers }, (_, l) => ({
            lever: `l${l}`,
            runs: seeds.map(([, , s]) => run(s[l] ?? 0)),
          }));
          const a = attribute(base, full, singles, readAt(0, 2026));
          expect(a).not.toBeNull();
          if (!a) return;
          expect(a.levers.reduce((sum, l) => sum + l.effect, 0) + a.remainder).toBe(a.total);
          expect(Number.isSafeInteger(a.total)).toBe(true);
        },
      ),
    );
  });

  it('gives each lever its own effect and the rest to the interaction, on the seeds every run has', () => {
    const base = [run(10), run(20), undefined];
    const full = [run(4), run(14), run(0)];
    const a = attribute(
      base,
      full,
      [
        { lever: 'access', runs: [run(8), run(18), run(0)] },
        { lever: 'mandate', runs: [run(9), run(19), undefined] },
      ],
      readAt(0, 2026),
    );
    expect(a).toEqual({
      seeds: 2,
      total: -6_000_000,
      levers: [
        { lever: 'access', effect: -2_000_000 },
        { lever: 'mandate', effect: -1_000_000 },
      ],
      remainder: -3_000_000,
    });
    expect(attribute([undefined], full, [], readAt(0, 2026))).toBeNull();
  });

  it('ranks the counters that moved most and the families whose journey changed', () => {
    const moved = movedCounters([run(0, [10, 100])], [run(0, [20, 101])], 2026);
    expect(moved.map((m) => m.name)).toEqual(['escalations']);
    const journey = {
      weeksWaited: 10,
      professionals: 2,
      tellings: 3,
      desks: 1,
      letters: 2,
      continuityBreaks: 0,
      trust: 0.5,
      place: 'home' as const,
      inSchool: true,
      status: 'in-care' as const,
    };
    const fam = (key: string, weeksWaited: number) => ({
      municipality: 'a',
      key,
      name: key,
      events: [],
      journey: { ...journey, weeksWaited },
    });
    const changed = changedJourneys([fam('ryan', 10), fam('sara', 10)], [fam('ryan', 2), fam('sara', 10)]);
    expect(changed.map((c) => [c.key, c.before.weeksWaited, c.after.weeksWaited])).toEqual([['ryan', 10, 2]]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_WEEKS, createCalendar, drainWeek, schedule } from './calendar.ts';

type Ran = { week: number; id: number; code: number };

/** Drains weeks from..to-1 in order, recording what ran in which week. */
const drainRange = (
  cal: ReturnType<typeof createCalendar>,
  from: number,
  to: number,
  onRun: (week: number, id: number, code: number) => void = () => {},
): Ran[] => {
  const ran: Ran[] = [];
  for (let w = from; w < to; w++) {
    drainWeek(cal, w, (id, code) => {
      ran.push({ week: w, id, code });
      onRun(w, id, code);
    });
  }
  return ran;
};

describe('calendar queue', () => {
  it('runs events in week order and FIFO within a week, whatever the scheduling order and starting room', () => {
    // Event i is scheduled at weeks[i]; the code carries the week so a run can be checked against it.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 300 }),
        fc.constantFrom(2, 8, 64, 1024),
        (weeks, room) => {
          const cal = createCalendar(room);
          for (const [i, w] of weeks.entries()) schedule(cal, w, i, w);
          expect(cal.pending).toBe(weeks.length);
          const ran = drainRange(cal, 0, 41);
          const expected = weeks
            .map((w, i) => ({ week: w, id: i, code: w }))
            .sort((a, b) => a.week - b.week || a.id - b.id);
          expect(ran).toEqual(expected);
          expect(cal.pending).toBe(0);
          expect(cal.processed).toBe(weeks.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('runs events scheduled during the drain for the same week in that week, after those already there', () => {
    const cal = createCalendar();
    schedule(cal, 3, 1, 0);
    schedule(cal, 3, 2, 0);
    schedule(cal, 4, 9, 0);
    // Event 1 schedules 10 and 11 for its own week; 10 schedules 12 for the same week again (a chain),
    // and more than the initial bucket size, so the bucket grows while it is being drained.
    const follow: Record<number, number[]> = { 1: [10, 11], 10: [12, 13, 14, 15, 16, 17] };
    const ran = drainRange(cal, 0, 6, (week, id) => {
      for (const next of follow[id] ?? []) schedule(cal, week, next, 0);
    });
    expect(ran.map((r) => [r.week, r.id])).toEqual([
      [3, 1],
      [3, 2],
      [3, 10],
      [3, 11],
      [3, 12],
      [3, 13],
      [3, 14],
      [3, 15],
      [3, 16],
      [3, 17],
      [4, 9],
    ]);
    expect(cal.pending).toBe(0);
  });

  it('keeps order over many weeks with events scheduled from inside the drain (wrap-around included)', () => {
    // Model of the engine's use: while week w drains, events are scheduled for w + delay with
    // 0 <= delay < CALENDAR_WEEKS, so buckets are reused after the calendar wraps.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 0, max: CALENDAR_WEEKS - 1 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 5 }),
        (delays, fanOut) => {
          const cal = createCalendar();
          // Reference: per week, a list in scheduling order.
          const expected = new Map<number, number[]>();
          let nextId = 0;
          let budget = 1500;
          const add = (week: number) => {
            const id = nextId++;
            schedule(cal, week, id, week);
            if (!expected.has(week)) expected.set(week, []);
            expected.get(week)?.push(id);
          };
          add(0);
          const horizon = 3 * CALENDAR_WEEKS;
          const ran = drainRange(cal, 0, horizon, (week, id) => {
            for (let k = 0; k < fanOut && budget > 0; k++, budget--) {
              const [kind, far] = delays[(id + k) % delays.length];
              // kind 0: same week, 1: next week, otherwise up to CALENDAR_WEEKS - 1 ahead.
              const at = week + (kind === 0 ? 0 : kind === 1 ? 1 : far);
              if (at < horizon) add(at);
            }
          });
          for (const r of ran) expect(r.code).toBe(r.week);
          const byWeek = new Map<number, number[]>();
          for (const r of ran) {
            if (!byWeek.has(r.week)) byWeek.set(r.week, []);
            byWeek.get(r.week)?.push(r.id);
          }
          expect(byWeek).toEqual(expected);
          expect(ran.map((r) => r.week)).toEqual([...ran.map((r) => r.week)].sort((a, b) => a - b));
          expect(cal.pending).toBe(0);
          expect(cal.processed).toBe(nextId);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('returns the number of events run and leaves other weeks alone', () => {
    const cal = createCalendar();
    schedule(cal, 7, 1, 5);
    schedule(cal, 8, 2, 6);
    expect(drainWeek(cal, 7, () => {})).toBe(1);
    expect(cal.pending).toBe(1);
    expect(drainWeek(cal, 7, () => {})).toBe(0);
    expect(drainWeek(cal, 8, () => {})).toBe(1);
  });
});

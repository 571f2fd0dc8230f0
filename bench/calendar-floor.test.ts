import { describe, expect, it } from 'vitest';
import { floorMeanDelay, runCalendarFloor, timeCalendarFloor } from './calendar-floor.ts';

// The floor must reproduce the engine run's load (events, pending set, weeks); timings are never asserted.
describe('calendar floor', () => {
  it('holds the requested pending set and runs about the requested events in the requested weeks', () => {
    for (const load of [
      { events: 251_479, meanPending: 4306.3, weeks: 676 },
      { events: 40_000, meanPending: 300, weeks: 100 },
      { events: 5_000, meanPending: 20, weeks: 200 },
    ]) {
      const run = runCalendarFloor({ ...load, seed: 3 });
      expect(run.weeks).toBe(load.weeks);
      expect(run.meanPending).toBe(Math.round(load.meanPending));
      expect(Math.abs(run.events / load.events - 1)).toBeLessThan(0.03);
    }
  });

  it('keeps the mean delay within the calendar and above zero', () => {
    expect(floorMeanDelay({ events: 1000, meanPending: 50, weeks: 10 })).toBe(0.5);
    expect(floorMeanDelay({ events: 1000, meanPending: 0, weeks: 10 })).toBeGreaterThan(0);
    expect(floorMeanDelay({ events: 10, meanPending: 1e6, weeks: 10 })).toBeLessThan(256);
    expect(floorMeanDelay({ events: 0, meanPending: 10, weeks: 10 })).toBe(1);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const load = { events: 20_000, meanPending: 500, weeks: 120 };
    const a = runCalendarFloor({ ...load, seed: 5 });
    const b = runCalendarFloor({ ...load, seed: 5 });
    const c = runCalendarFloor({ ...load, seed: 6 });
    expect(a.checksum).toBe(b.checksum);
    expect(a.events).toBe(b.events);
    expect(c.checksum).not.toBe(a.checksum);
  });

  it('scales the fastest run to exactly the engine event count', () => {
    const load = { events: 30_000, meanPending: 400, weeks: 150 };
    const f = timeCalendarFloor(load, { minRuns: 2, maxRuns: 2 });
    expect(f.ms).toBeCloseTo((f.nsPerEvent * load.events) / 1e6, 9);
    expect(f.spread).toBeGreaterThanOrEqual(1);
  });
});

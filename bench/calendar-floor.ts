/**
 * The floor for the event loop: a bare loop on the engine's own calendar queue (engine/queue/calendar.ts) that
 * does nothing per event but reschedule it, with the same number of events, the same mean pending set and the
 * same number of weeks as the engine run it is compared with. The engine's time divided by this time is
 * `floor_ratio`: what the model's work costs on top of the queue itself. (The older yardstick, a binary heap
 * doing hold operations, is kinder to the engine because a heap is slower than the calendar; its figure is kept
 * for history as `*_heap_ms` and `limit_ratio`.)
 *
 * The loop is a hold model: every event run is scheduled again at its week plus a whole-week delay drawn
 * uniformly with mean `meanPending / (events / weeks)`, so by Little's law the pending set stays at
 * `meanPending` and each week runs `events / weeks` events on average. Delays are drawn from a seeded
 * xorshift32, so a run is deterministic.
 */
import { CALENDAR_WEEKS, createCalendar, drainWeek, schedule } from '../engine/queue/calendar.ts';
import { xorshift32 } from './binary-heap-baseline.ts';

export type FloorOptions = {
  /** Events the engine ran. */
  events: number;
  /** The engine's mean pending set (sampled at the end of every week). */
  meanPending: number;
  /** Weeks the engine ran (warm-up included). */
  weeks: number;
  seed?: number;
};

export type FloorRun = {
  /** Wall time of the timed weeks. */
  ms: number;
  /** CPU time of the process over the timed weeks (user + system). */
  cpuMs: number;
  /** Events the loop ran in the timed weeks (close to `events`, not equal: the delays are random). */
  events: number;
  /** Mean of `calendar.pending` at the end of every timed week. */
  meanPending: number;
  weeks: number;
  /** Sum of the ids run, so the loop cannot be optimised away and two runs can be compared. */
  checksum: number;
};

/** Below this an event would run again and again within one week; no engine run comes near it. */
const MIN_MEAN_DELAY = 0.05;

/** Mean delay in weeks that keeps `meanPending` events pending while `events / weeks` run a week. */
export const floorMeanDelay = (o: FloorOptions): number => {
  const perWeek = o.events / Math.max(1, o.weeks);
  if (perWeek <= 0) return 1;
  return Math.min(CALENDAR_WEEKS / 2 - 1, Math.max(MIN_MEAN_DELAY, o.meanPending / perWeek));
};

/**
 * One timed run. The calendar is filled with the pending set and run untimed for a few mean delays first, so
 * the timed weeks see the steady state (and the buckets have grown to their size, as in a long engine run).
 */
export const runCalendarFloor = (o: FloorOptions): FloorRun => {
  const pending = Math.max(1, Math.round(o.meanPending));
  const rand = xorshift32(o.seed ?? 1);
  const mean = floorMeanDelay(o);
  // Uniform whole weeks in [1, 2 * mean - 1] (mean `mean`); the fraction of the span is spread by the draw.
  // Below a week on average (more events a week than pending), an event runs again in the same week (delay 0,
  // as the engine schedules same-week events) and waits a week with probability `mean`.
  const span = 2 * mean - 1;
  const delay =
    mean >= 1 ? (): number => 1 + Math.floor(rand() * span) : (): number => (rand() < mean ? 1 : 0);
  const cal = createCalendar();
  for (let i = 0; i < pending; i++) schedule(cal, 1 + Math.floor(rand() * Math.max(1, span)), i, i & 0xff);

  let week = 0;
  let checksum = 0;
  const runWeek = (): void => {
    const w = week;
    // A fresh closure every week, as the engine's stepWeek passes one to drainWeek.
    drainWeek(cal, w, (id, code) => {
      checksum = (checksum + id) | 0;
      schedule(cal, w + delay(), id, code);
    });
    week++;
  };

  const warmupWeeks = Math.ceil(4 * mean);
  for (let i = 0; i < warmupWeeks; i++) runWeek();

  const processedBefore = cal.processed;
  let pendingSum = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < o.weeks; i++) {
    runWeek();
    pendingSum += cal.pending;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    events: cal.processed - processedBefore,
    meanPending: o.weeks > 0 ? pendingSum / o.weeks : 0,
    weeks: o.weeks,
    checksum,
  };
};

export type FloorFigures = {
  /** Fastest run's time per event times the engine's event count: the floor for exactly that many events. */
  ms: number;
  nsPerEvent: number;
  /** The same from CPU time: the fastest run's CPU ns per event times the engine's event count. */
  cpuMs: number;
  /** Slowest / fastest of the repeats: how noisy the machine was while it ran. */
  spread: number;
  /** Of the fastest run, to show it matched the engine's load. */
  events: number;
  meanPending: number;
};

/**
 * Repeated runs until at least `minRuns` and `minTotalMs` of timed loops (at most `maxRuns`): the fastest is the
 * figure (least disturbed by the machine), the spread says how noisy it was. A regional floor takes only
 * milliseconds, so on a busy machine a few runs can all be disturbed; it gets many more runs than a national one.
 */
export const timeCalendarFloor = (
  o: FloorOptions,
  {
    minRuns = 3,
    maxRuns = 30,
    minTotalMs = 1000,
  }: { minRuns?: number; maxRuns?: number; minTotalMs?: number } = {},
): FloorFigures => {
  let best: FloorRun | null = null;
  let slowestNs = 0;
  let fastestNs = Number.POSITIVE_INFINITY;
  let fastestCpuNs = Number.POSITIVE_INFINITY;
  let totalMs = 0;
  for (let r = 0; r < maxRuns && (r < minRuns || totalMs < minTotalMs); r++) {
    const run = runCalendarFloor(o);
    totalMs += run.ms;
    const ns = (run.ms * 1e6) / Math.max(1, run.events);
    slowestNs = Math.max(slowestNs, ns);
    fastestCpuNs = Math.min(fastestCpuNs, (run.cpuMs * 1e6) / Math.max(1, run.events));
    if (ns < fastestNs) {
      fastestNs = ns;
      best = run;
    }
  }
  if (!best) throw new Error('timeCalendarFloor: minRuns must be at least 1');
  return {
    ms: (fastestNs * o.events) / 1e6,
    nsPerEvent: fastestNs,
    cpuMs: (fastestCpuNs * o.events) / 1e6,
    spread: slowestNs / fastestNs,
    events: best.events,
    meanPending: best.meanPending,
  };
};

import { describe, expect, it } from 'vitest';
import { batchMeans, EventHeap, erlangC, mmcMeanWait } from '../../tests/support/queueing.ts';
import { exponential } from '../random/distributions.ts';
import { createRngStreams } from '../random/prng.ts';
import {
  createServerPools,
  enqueue,
  leaveQueue,
  recordServedWait,
  release,
  startNext,
  tryStart,
} from './server-pools.ts';

/**
 * M/M/c check of the pool primitive (MODEL.md section 5, "queueing sanity"): a continuous-time event loop
 * drives one pool with Poisson arrivals and exponential service through the same calls the engine makes
 * (tryStart on arrival, else enqueue; release then startNext on departure; recordServedWait for who waited).
 * If the pool's FIFO, slot counting or ring buffer were wrong, the mean wait would leave Erlang C.
 */
const ARRIVAL = 0;
const DEPARTURE = 1;

type MmcRun = {
  wq: number;
  wqSe: number;
  pWait: number;
  /** Time-average line length over the measuring window, and lambda x Wq over the same window. */
  lineLength: number;
  lambdaWq: number;
  queued: number;
  servedFromQueue: number;
  waitedSum: number;
  recordedWaitSum: number;
};

const simulateMmc = (c: number, rho: number, customers: number, seed: number): MmcRun => {
  const mu = 1;
  const lambda = rho * c * mu;
  const rng = createRngStreams(seed, 2);
  const pools = createServerPools(1);
  pools.capacity[0] = c;
  const heap = new EventHeap(c + 4);
  const arrivedAt = new Float64Array(customers);
  // Customers never leave the line early here, so every queued token stays live (all zero).
  const tokens = new Int32Array(customers);
  const waits = new Float64Array(customers);
  // The first tenth is warm-up (the system starts empty); statistics cover arrivals warm .. customers-1.
  const warm = Math.floor(customers / 10);
  let area = 0;
  let areaEnd = 0;
  let lastT = 0;
  let tStart = 0;
  let tEnd = 0;
  let waitedSum = 0;
  heap.push(exponential(rng, 0, 1 / lambda), ARRIVAL, 0);
  while (heap.size > 0) {
    heap.pop();
    const t = heap.time;
    area += pools.waiting[0] * (t - lastT);
    lastT = t;
    if (heap.kind === ARRIVAL) {
      const id = heap.id;
      arrivedAt[id] = t;
      if (id === warm) {
        area = 0;
        tStart = t;
      }
      if (id + 1 < customers) heap.push(t + exponential(rng, 0, 1 / lambda), ARRIVAL, id + 1);
      else {
        areaEnd = area;
        tEnd = t;
      }
      if (tryStart(pools, 0)) {
        waits[id] = 0;
        heap.push(t + exponential(rng, 1, 1 / mu), DEPARTURE, id);
      } else enqueue(pools, 0, id, 0);
    } else {
      release(pools, 0);
      const next = startNext(pools, 0, tokens);
      if (next >= 0) {
        const w = t - arrivedAt[next];
        waits[next] = w;
        waitedSum += w;
        recordServedWait(pools, 0, w);
        heap.push(t + exponential(rng, 1, 1 / mu), DEPARTURE, next);
      }
    }
  }
  const { mean: wq, se: wqSe } = batchMeans(waits, warm, customers, 40);
  let waited = 0;
  let windowWaitSum = 0;
  for (let i = warm; i < customers; i++) {
    if (waits[i] > 0) waited++;
    windowWaitSum += waits[i];
  }
  const n = customers - warm;
  const span = tEnd - tStart;
  return {
    wq,
    wqSe,
    pWait: waited / n,
    lineLength: areaEnd / span,
    lambdaWq: ((n - 1) / span) * (windowWaitSum / n),
    queued: pools.queued[0],
    servedFromQueue: pools.servedFromQueue[0],
    waitedSum,
    recordedWaitSum: pools.waitWeeksServed[0],
  };
};

describe('Erlang C helper', () => {
  it('matches known values', () => {
    // c=2, rho=0.5 (a=1): B(2,1)=1/5, C = 2B / (2 - a(1-B)) = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
    // M/M/1: P(wait) = rho and Wq = rho / (mu - lambda).
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 12);
    expect(mmcMeanWait(1, 0.9, 1)).toBeCloseTo(9, 10);
    // Large c stays finite where sum a^k/k! would overflow.
    expect(erlangC(500, 450)).toBeGreaterThan(0);
    expect(erlangC(500, 450)).toBeLessThan(1);
  });
});

/*
 * Run length and tolerance per case. The sampling error of a mean wait grows steeply with load (the queue's
 * relaxation time goes like 1/(1-sqrt(rho))^2), and with many servers at light load almost nobody waits
 * (c=20, rho=0.5: P(wait) is about 0.2%), so Wq rests on a few rare, correlated waits. Customer counts were
 * sized from pilot runs so that the batch-means standard error stays under a third of the tolerance (also
 * asserted), i.e. a miss at the tolerance is a >3-sigma event, not noise. Tolerances: 5% up to rho=0.8,
 * 7% at 0.9, 10% at 0.95, and 15% for the rare-wait case (c=20, rho=0.5).
 */
const cases = [
  { rho: 0.5, c: 1, customers: 200_000, tol: 0.05 },
  { rho: 0.5, c: 5, customers: 800_000, tol: 0.05 },
  { rho: 0.5, c: 20, customers: 4_000_000, tol: 0.15 },
  { rho: 0.8, c: 1, customers: 500_000, tol: 0.05 },
  { rho: 0.8, c: 5, customers: 1_000_000, tol: 0.05 },
  { rho: 0.8, c: 20, customers: 3_000_000, tol: 0.05 },
  { rho: 0.9, c: 1, customers: 1_200_000, tol: 0.07 },
  { rho: 0.9, c: 5, customers: 1_800_000, tol: 0.07 },
  { rho: 0.9, c: 20, customers: 2_500_000, tol: 0.07 },
  { rho: 0.95, c: 1, customers: 2_000_000, tol: 0.1 },
  { rho: 0.95, c: 5, customers: 2_500_000, tol: 0.1 },
  { rho: 0.95, c: 20, customers: 4_500_000, tol: 0.1 },
];

describe('server pools as an M/M/c queue', () => {
  it.each(cases)(
    'rho=$rho c=$c: mean wait matches Erlang C and the line obeys Little',
    ({ rho, c, customers, tol }) => {
      const run = simulateMmc(c, rho, customers, 1000 + Math.round(rho * 100) * 31 + c);
      const theory = mmcMeanWait(c, rho * c, 1);
      const rel = Math.abs(run.wq - theory) / theory;
      expect(run.wqSe / theory, 'run too short for the tolerance').toBeLessThan(tol / 3);
      expect(
        rel,
        `Wq ${run.wq.toFixed(4)} vs Erlang C ${theory.toFixed(4)} (se ${run.wqSe.toFixed(4)})`,
      ).toBeLessThan(tol);
      // P(wait) is a bounded proportion; its error is smaller than that of the mean wait.
      expect(Math.abs(run.pWait - erlangC(c, rho * c))).toBeLessThan(tol * erlangC(c, rho * c));
      // Little's law on the same window: time-average line length = arrival rate x mean wait in line.
      expect(Math.abs(run.lineLength - run.lambdaWq) / run.lambdaWq).toBeLessThan(0.03);
      // Pool bookkeeping: everyone who queued was served (the run drains), and recorded waits are ours.
      expect(run.servedFromQueue).toBe(run.queued);
      expect(run.recordedWaitSum).toBeCloseTo(run.waitedSum, 6);
    },
  );
});

describe('server pool ring buffer', () => {
  it('serves FIFO across ring growth and skips stale entries without losing live ones', () => {
    const pools = createServerPools(2);
    pools.capacity[1] = 1;
    expect(tryStart(pools, 1)).toBe(true);
    expect(tryStart(pools, 1)).toBe(false);
    const tokens = new Int32Array(100);
    // 100 entries force several ring growths (initial ring holds 8 pairs), with the head moved first.
    enqueue(pools, 1, 0, 0);
    release(pools, 1);
    expect(startNext(pools, 1, tokens)).toBe(0);
    for (let id = 1; id < 100; id++) enqueue(pools, 1, id, 0);
    // Every third family leaves the line (gives up): token bumped, waiting count lowered, as the engine does.
    for (let id = 3; id < 100; id += 3) {
      tokens[id]++;
      leaveQueue(pools, 1);
    }
    expect(pools.waiting[1]).toBe(99 - 33);
    const served: number[] = [];
    for (;;) {
      release(pools, 1);
      const id = startNext(pools, 1, tokens);
      if (id < 0) break;
      served.push(id);
    }
    const expected = Array.from({ length: 99 }, (_, i) => i + 1).filter((id) => id % 3 !== 0);
    expect(served).toEqual(expected);
    expect(pools.waiting[1]).toBe(0);
    expect(pools.counts[1]).toBe(0);
    // Nothing leaked into the other pool.
    expect(pools.waiting[0] + pools.queued[0] + pools.busy[0]).toBe(0);
  });

  it('tryStart refuses a free slot while others wait (no overtaking)', () => {
    const pools = createServerPools(1);
    pools.capacity[0] = 1;
    expect(tryStart(pools, 0)).toBe(true);
    enqueue(pools, 0, 7, 0);
    pools.capacity[0] = 2;
    expect(tryStart(pools, 0)).toBe(false);
    expect(startNext(pools, 0, new Int32Array(8))).toBe(7);
    expect(pools.busy[0]).toBe(2);
  });
});

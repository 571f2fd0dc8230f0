import { describe, expect, it } from 'vitest';
import { createHeap, heapPop, heapPush, runHeapBaseline, xorshift32 } from './binary-heap-baseline.ts';

// Correctness of the baseline heap only; timings are never asserted.
describe('binary heap baseline', () => {
  it('pops every entry in key order', () => {
    const n = 5000;
    const rand = xorshift32(42);
    const heap = createHeap(n);
    const pushed: number[] = [];
    for (let i = 0; i < n; i++) {
      const key = Math.floor(rand() * 1000) / 10; // with ties
      pushed.push(key);
      heapPush(heap, key, i);
    }
    const keys: number[] = [];
    const seen = new Set<number>();
    while (heap.size > 0) {
      const value = heapPop(heap);
      keys.push(heap.lastKey);
      seen.add(value);
      expect(pushed[value]).toBe(heap.lastKey);
    }
    expect(keys).toEqual([...pushed].sort((a, b) => a - b));
    expect(seen.size).toBe(n);
  });

  it('keeps key order when pushes and pops interleave, as in the hold loop', () => {
    const rand = xorshift32(7);
    const heap = createHeap(500);
    for (let i = 0; i < 500; i++) heapPush(heap, rand() * 52, i);
    let last = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < 4000; i++) {
      const value = heapPop(heap);
      expect(heap.lastKey).toBeGreaterThanOrEqual(last);
      last = heap.lastKey;
      heapPush(heap, last + rand() * 52, value);
    }
    expect(heap.size).toBe(500);
  });

  it('runs the timed loop deterministically', () => {
    const a = runHeapBaseline({ events: 3000, pending: 200, seed: 3 });
    const b = runHeapBaseline({ events: 3000, pending: 200, seed: 3 });
    expect(a.checksum).toBe(b.checksum);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './debounce.ts';

describe('createDebouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends only the last value of a quick series, once the series has been still for the delay', () => {
    const sent: number[] = [];
    const d = createDebouncer(700, (v: number) => sent.push(v));
    for (let v = 1; v <= 50; v++) {
      d.schedule(v);
      vi.advanceTimersByTime(100);
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(sent).toEqual([50]);
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([50]);
  });

  it('sends what waits at once on flush, and nothing after cancel', () => {
    const sent: string[] = [];
    const d = createDebouncer(700, (v: string) => sent.push(v));
    d.schedule('a');
    d.flush();
    d.flush();
    expect(sent).toEqual(['a']);
    d.schedule('b');
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual(['a']);
  });
});

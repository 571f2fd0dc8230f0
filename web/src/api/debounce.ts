import { useEffect, useMemo, useRef } from 'react';

/**
 * Sends only the last of a quick series of values, `delayMs` after the series stops (a slider moved by three
 * students of one team must not become hundreds of drafts). `flush` sends what waits now.
 */
export const createDebouncer = <T>(delayMs: number, run: (value: T) => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | null = null;
  const fire = () => {
    clearTimeout(timer);
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    run(value);
  };
  return {
    schedule: (value: T) => {
      waiting = { value };
      clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    },
    flush: fire,
    cancel: () => {
      clearTimeout(timer);
      waiting = null;
    },
  };
};

/**
 * A debouncer for a component: it always runs the latest `run`, and sends what waits when the component goes
 * (a tab switched away must not lose the last move).
 */
export const useDebouncer = <T>(delayMs: number, run: (value: T) => void) => {
  const latest = useRef(run);
  latest.current = run;
  const debouncer = useMemo(() => createDebouncer<T>(delayMs, (v) => latest.current(v)), [delayMs]);
  useEffect(() => () => debouncer.flush(), [debouncer]);
  return debouncer;
};

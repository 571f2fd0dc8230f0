/**
 * Calendar queue with one bucket per week: scheduling and popping cost O(1) whatever the number of pending
 * events (MODEL.md section 6: a global binary heap would dominate national runs). Each entry is an
 * (episode id, code) pair; events in one week run in the order they were scheduled.
 */
export const CALENDAR_WEEKS = 512;

export type Calendar = {
  buckets: Int32Array[];
  lengths: Int32Array;
  pending: number;
  processed: number;
};

/**
 * `bucketInts` is each week's starting room (two ints an event); a bucket doubles when full. Sizing it for the
 * run (state/sizing.ts) saves the doublings: each is a new ArrayBuffer, which costs far more than the copy.
 */
export const createCalendar = (bucketInts = 8): Calendar => {
  // One buffer for every bucket's starting room (a bucket that outgrows it gets its own).
  const room = new ArrayBuffer(CALENDAR_WEEKS * bucketInts * 4);
  return {
    buckets: Array.from(
      { length: CALENDAR_WEEKS },
      (_, b) => new Int32Array(room, b * bucketInts * 4, bucketInts),
    ),
    lengths: new Int32Array(CALENDAR_WEEKS),
    pending: 0,
    processed: 0,
  };
};

/** Schedules at `week`, which must lie within CALENDAR_WEEKS of the week being processed. */
export const schedule = (cal: Calendar, week: number, id: number, code: number): void => {
  const b = week % CALENDAR_WEEKS;
  let bucket = cal.buckets[b];
  const n = cal.lengths[b];
  if (n + 2 > bucket.length) {
    const grown = new Int32Array(bucket.length * 2);
    grown.set(bucket);
    cal.buckets[b] = grown;
    bucket = grown;
  }
  bucket[n] = id;
  bucket[n + 1] = code;
  cal.lengths[b] = n + 2;
  cal.pending++;
};

/**
 * Runs every event of `week`, including those scheduled for the same week while it runs.
 * Returns the number of events run.
 */
export const drainWeek = (cal: Calendar, week: number, run: (id: number, code: number) => void): number => {
  const b = week % CALENDAR_WEEKS;
  let i = 0;
  while (i < cal.lengths[b]) {
    const bucket = cal.buckets[b];
    const id = bucket[i];
    const code = bucket[i + 1];
    i += 2;
    cal.pending--;
    run(id, code);
  }
  cal.lengths[b] = 0;
  cal.processed += i / 2;
  return i / 2;
};

/**
 * Starting sizes of a run's tables, from its number of youths, so the tables need not grow by doubling while
 * the run fills them (each doubling allocates and zeroes a new buffer: with many small steps that was several
 * per cent of a regional run). Sizes only: the simulation's results do not depend on them. The ratios are
 * measured from the presets' 10-year runs: open episodes about 6-9% of the youths, and 0.8-1.6 calendar ints
 * per 64 youths in every week's bucket.
 */
const pow2AtLeast = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Episode table capacity: the power of two that the table grows to in a long run (at least 1024). */
export const episodeCapacityFor = (youth: number): number => Math.max(1024, pow2AtLeast(youth / 16));

/**
 * Ints per calendar bucket at the start: the size most buckets grow to (at least 8). At most 16 k (64 kB a bucket,
 * 32 MB for all 512): a national run's buckets grow past that anyway, and the shared starting buffer stays
 * allocated until the last of them has.
 */
export const bucketIntsFor = (youth: number): number =>
  Math.min(16_384, Math.max(8, pow2AtLeast(youth / 64)));

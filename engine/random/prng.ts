/**
 * Seeded PRNG streams held in the simulation state (sfc32, 128-bit state per stream). Streams live side by
 * side in one Uint32Array so the whole generator serialises with the state and resumes bit-identically.
 * Every municipality and every named family has its own stream: a lever pulled in one municipality does not
 * shift the random numbers of its neighbours or of the named families (common random numbers).
 */
export type RngStreams = Uint32Array;

const WORDS = 4;

/** splitmix32 step, used only to spread a seed over the four state words. */
const splitmix32 = (x: number): number => {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

export const createRngStreams = (seed: number, count: number): RngStreams => {
  const streams = new Uint32Array(count * WORDS);
  for (let i = 0; i < count; i++) seedStream(streams, i, seed, i);
  return streams;
};

/** Seeds stream `index` from (seed, key): the same key gives the same stream whatever the index. */
export const seedStream = (streams: RngStreams, index: number, seed: number, key: number): void => {
  let x = splitmix32((seed >>> 0) ^ Math.imul(key + 1, 0x27d4eb2d));
  const o = index * WORDS;
  for (let w = 0; w < WORDS; w++) {
    x = splitmix32(x + w);
    streams[o + w] = x;
  }
  // Discard the first outputs: sfc32 mixes poorly right after seeding.
  for (let i = 0; i < 12; i++) nextUint32(streams, index);
};

export const nextUint32 = (s: RngStreams, stream: number): number => {
  const o = stream * WORDS;
  const a = s[o];
  const b = s[o + 1];
  const c = s[o + 2];
  const d = s[o + 3];
  const t = (((a + b) | 0) + d) | 0;
  s[o] = b ^ (b >>> 9);
  s[o + 1] = (c + (c << 3)) | 0;
  const rotated = (c << 21) | (c >>> 11);
  s[o + 2] = (rotated + t) | 0;
  s[o + 3] = (d + 1) | 0;
  return t >>> 0;
};

/** Uniform in [0, 1). */
export const uniform = (s: RngStreams, stream: number): number => nextUint32(s, stream) / 4294967296;

export const bernoulli = (s: RngStreams, stream: number, p: number): boolean => uniform(s, stream) < p;

/**
 * The game's own seeded PRNG (sfc32, as in engine/random) for deck order and bot choices. Its four words live
 * in the game state as plain numbers and every draw returns the next state instead of changing it, so the
 * rules stay pure and a replay draws the same numbers. The engine keeps its own streams: game draws never
 * shift the simulation's random numbers.
 */
export type GameRng = readonly [number, number, number, number];

const splitmix32 = (x: number): number => {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

/** A distinct key keeps the game's stream apart from the engine's streams of the same seed. */
const GAME_KEY = 0x6a09e667;

export const createGameRng = (seed: number): GameRng => {
  let x = splitmix32((seed >>> 0) ^ GAME_KEY);
  const words: number[] = [];
  for (let w = 0; w < 4; w++) {
    x = splitmix32(x + w);
    words.push(x);
  }
  let rng = words as unknown as GameRng;
  // sfc32 mixes poorly right after seeding.
  for (let i = 0; i < 12; i++) rng = nextUint32(rng)[1];
  return rng;
};

export const nextUint32 = (rng: GameRng): [number, GameRng] => {
  const [a, b, c, d] = rng;
  const t = (((a + b) | 0) + d) | 0;
  const rotated = (c << 21) | (c >>> 11);
  const next: GameRng = [(b ^ (b >>> 9)) >>> 0, (c + (c << 3)) >>> 0, (rotated + t) >>> 0, (d + 1) >>> 0];
  return [t >>> 0, next];
};

/** Uniform integer in [0, n). */
export const randomInt = (rng: GameRng, n: number): [number, GameRng] => {
  const [u, next] = nextUint32(rng);
  return [Math.floor((u / 4294967296) * n), next];
};

/** Fisher-Yates on a copy. */
export const shuffle = <T>(rng: GameRng, items: readonly T[]): [T[], GameRng] => {
  const out = items.slice();
  let r = rng;
  for (let i = out.length - 1; i > 0; i--) {
    const [j, next] = randomInt(r, i + 1);
    r = next;
    [out[i], out[j]] = [out[j], out[i]];
  }
  return [out, r];
};

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGameRng, nextUint32, randomInt, shuffle } from './game-rng.ts';

describe('game PRNG', () => {
  it('the same seed gives the same sequence, another seed another one', () => {
    const draw = (seed: number) => {
      let r = createGameRng(seed);
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [v, next] = nextUint32(r);
        out.push(v);
        r = next;
      }
      return out;
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('never changes the state it is given', () => {
    const r = createGameRng(1);
    const copy = [...r];
    nextUint32(r);
    shuffle(r, [1, 2, 3]);
    expect([...r]).toEqual(copy);
  });

  it('randomInt stays in range and the state words stay uint32', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const [v, next] = randomInt(createGameRng(seed), n);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(n);
        for (const w of next) expect(w >>> 0).toBe(w);
      }),
    );
  });

  it('shuffle is a permutation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.integer(), { maxLength: 30 }),
        (seed, xs) => {
          const [out] = shuffle(createGameRng(seed), xs);
          expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('spreads values roughly evenly', () => {
    let r = createGameRng(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const [v, next] = randomInt(r, 4);
      counts[v]++;
      r = next;
    }
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });
});

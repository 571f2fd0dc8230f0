import { describe, expect, it } from 'vitest';
import { delaysOf } from './delays.ts';

describe('delays in words', () => {
  it('names the kinds of delay of the changed levers, once each', () => {
    expect(
      delaysOf({ decisions: { mandate: 0.8, learningRhythm: 'kwartaal', access: 'direct' }, regional: {} }),
    ).toEqual(['learning', 'trust']);
    expect(delaysOf({ decisions: {}, regional: { jointContracting: true } })).toEqual(['contracts']);
    expect(delaysOf({ decisions: {}, regional: {} })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { paced } from './paced.ts';

/** A clock and a timer list the test moves by hand. */
const fakeTime = () => {
  let t = 0;
  const timers: { at: number; f: () => void }[] = [];
  return {
    now: () => t,
    later: (f: () => void, ms: number) => timers.push({ at: t + ms, f }),
    advance: (ms: number) => {
      t += ms;
      for (const due of timers.filter((x) => x.at <= t).sort((a, b) => a.at - b.at)) {
        timers.splice(timers.indexOf(due), 1);
        due.f();
      }
    },
  };
};

describe('paced redraws', () => {
  it('draws soon after a quiet spell, then at most once per gap, and the first line at once', () => {
    const time = fakeTime();
    const drawn: number[] = [];
    const ask = paced(() => drawn.push(time.now()), 150, time.now, time.later);
    ask();
    time.advance(0);
    expect(drawn).toEqual([0]);
    // Three seeds within the gap: one redraw, when the gap is over.
    for (const at of [10, 20, 30]) {
      time.advance(at - time.now());
      ask();
    }
    time.advance(100);
    expect(drawn).toEqual([0]);
    time.advance(20);
    expect(drawn).toEqual([0, 150]);
    // An urgent call (the newest move's first line) does not wait for the gap, and replaces a waiting redraw.
    time.advance(10);
    ask();
    ask(true);
    time.advance(0);
    expect(drawn).toEqual([0, 150, 160]);
    time.advance(200);
    expect(drawn).toEqual([0, 150, 160]);
  });
});

import { describe, expect, it } from 'vitest';
import { createGame } from '../state/create-game.ts';
import { facilitator, must, playTo, system, T0, tinyConfig, withSeats } from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const advance = (at: number) => ({ type: 'advance-phase', actor: facilitator, at }) as const;

describe('phase effects for the server', () => {
  it('starting reports the phase, its deadline and the card', () => {
    const r = step(createGame(tinyConfig()), { type: 'start-session', actor: facilitator, at: T0 });
    expect(r.ok && r.effects).toEqual([
      { kind: 'phase-changed', status: 'rounds', round: 1, phase: 'signalen', deadline: T0 + 180_000 },
      { kind: 'card-revealed', cardId: 'wvbj', round: 1 },
    ]);
  });

  it('doorrekenen reports the calculated years', () => {
    const s = playTo(withSeats({}), 1, 'overleg');
    const r = step(s, advance(T0 + 5000));
    expect(r.ok && r.effects).toEqual([
      {
        kind: 'phase-changed',
        status: 'rounds',
        round: 1,
        phase: 'doorrekenen',
        deadline: T0 + 5000 + 15_000,
      },
      { kind: 'round-resolved', round: 1, years: [2026] },
    ]);
  });

  it('after the last terugblik the debrief opens without a timer', () => {
    const s = playTo(withSeats({}), 4, 'terugblik');
    const r = step(s, { type: 'timer-tick', actor: system, at: (s.timer.deadline as number) + 1 });
    expect(r.ok && r.state.status).toBe('debrief');
    expect(r.ok && r.effects).toEqual([
      { kind: 'phase-changed', status: 'debrief', round: 4, phase: null, deadline: null },
    ]);
    expect(r.ok && r.state.timer).toEqual({ phaseStartedAt: null, deadline: null, pausedRemainingMs: null });
  });

  it('timer controls report the new deadline', () => {
    const s = playTo(withSeats({}), 1, 'signalen', T0);
    const r = step(s, { type: 'extend-timer', actor: facilitator, at: T0 + 10, seconds: 60 });
    expect(r.ok && r.effects).toEqual([{ kind: 'timer-changed', deadline: T0 + 240_000, paused: false }]);
  });

  it('a timer-driven session runs on ticks alone until the debrief', () => {
    let s = must(createGame(tinyConfig()), { type: 'start-session', actor: facilitator, at: T0 });
    let at = T0;
    for (let i = 0; i < 200 && s.status === 'rounds'; i++) {
      at += 60_000;
      s = must(s, { type: 'timer-tick', actor: system, at });
    }
    expect(s.status).toBe('debrief');
    expect(s.rounds).toHaveLength(4);
  });

  it('the timer, the lobby and the debrief refuse what does not fit them', () => {
    const lobby = createGame(tinyConfig());
    expect(step(lobby, advance(T0))).toMatchObject({ error: { code: 'wrong-status' } });
    expect(step(lobby, { type: 'extend-timer', actor: facilitator, at: T0, seconds: 5 })).toMatchObject({
      error: { code: 'wrong-status' },
    });
    const tick = step(lobby, { type: 'timer-tick', actor: system, at: T0 + 1e9 });
    expect(tick.ok && tick.state).toBe(lobby);
    const debrief = must(playTo(withSeats({}), 1, 'overleg'), {
      type: 'open-debrief',
      actor: facilitator,
      at: T0 + 1e6,
    });
    expect(debrief.rounds).toHaveLength(0);
    expect(step(debrief, advance(T0 + 2e6))).toMatchObject({ error: { code: 'wrong-status' } });
    expect(step(debrief, { type: 'open-debrief', actor: facilitator, at: T0 })).toMatchObject({
      error: { code: 'wrong-status' },
    });
    expect(must(debrief, { type: 'end-session', actor: facilitator, at: T0 }).status).toBe('ended');
  });

  it('the facilitator may end a session from the lobby', () => {
    expect(must(createGame(tinyConfig()), { type: 'end-session', actor: facilitator, at: T0 }).status).toBe(
      'ended',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { serializeGame } from '../serialize/serialize-game.ts';
import { createGame } from '../state/create-game.ts';
import type { GameState } from '../state/game-state.ts';
import {
  facilitator,
  joinAction,
  must,
  seatActor,
  system,
  T0,
  tinyConfig,
} from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const started = (): GameState => {
  let s = createGame(tinyConfig());
  s = must(s, joinAction('a', T0, { municipalityId: 'oostdal' }));
  return must(s, { type: 'start-session', actor: facilitator, at: T0 + 1000 });
};

describe('step: the session flow', () => {
  it('starts in the lobby with the first N municipalities as teams', () => {
    const s = createGame(tinyConfig());
    expect(s.status).toBe('lobby');
    expect(s.teams.map((t) => t.id)).toEqual(['oostdal', 'westerveen', 'noordhoek']);
    expect(s.sim.week).toBe(s.sim.warmupWeeks);
  });

  it('opens round 1 with signalen, the Wvbj card and the phase timer', () => {
    const s = started();
    expect([s.status, s.round, s.phase]).toEqual(['rounds', 1, 'signalen']);
    expect(s.cards.drawn.map((d) => d.cardId)).toEqual(['wvbj']);
    expect(s.timer.deadline).toBe(T0 + 1000 + 180_000);
  });

  it('runs every round through its four phases into the debrief and the end', () => {
    let s = started();
    const seen: string[] = [];
    for (let i = 0; i < 4 * 4; i++) {
      seen.push(`${s.round}:${s.phase}`);
      s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 2000 + i });
    }
    expect(seen.slice(0, 5)).toEqual([
      '1:signalen',
      '1:overleg',
      '1:doorrekenen',
      '1:terugblik',
      '2:signalen',
    ]);
    expect(s.status).toBe('debrief');
    expect(s.rounds.map((r) => r.years)).toEqual([[2026], [2027], [2028], [2029]]);
    expect(s.sim.history[0].map((y) => y.year)).toEqual([2026, 2027, 2028, 2029]);
    s = must(s, { type: 'end-session', actor: facilitator, at: T0 + 9999 });
    expect(s.status).toBe('ended');
    const after = step(s, { type: 'advance-phase', actor: facilitator, at: T0 + 10_000 });
    expect(after.ok || after.error.code).toBe('session-ended');
  });

  it('short mode runs two years per round', () => {
    let s = createGame(tinyConfig({ shortMode: true, rounds: 4 }));
    s = must(s, { type: 'start-session', actor: facilitator, at: T0 });
    for (let i = 0; i < 3; i++) s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + i });
    expect(s.rounds[0].years).toEqual([2026, 2027]);
    expect(s.rounds[0].reports.oostdal.map((y) => y.year)).toEqual([2026, 2027]);
  });
});

describe('step: timers', () => {
  it('a tick before the deadline returns the same state; at the deadline the phase moves on', () => {
    const s = started();
    const deadline = s.timer.deadline as number;
    const early = step(s, { type: 'timer-tick', actor: system, at: deadline - 1 });
    expect(early.ok && early.state).toBe(s);
    const due = must(s, { type: 'timer-tick', actor: system, at: deadline });
    expect(due.phase).toBe('overleg');
    expect(due.timer.deadline).toBe(deadline + 720_000);
  });

  it('pause keeps the remaining time, resume restarts it, extend adds to it', () => {
    let s = started();
    const deadline = s.timer.deadline as number;
    s = must(s, { type: 'pause-timer', actor: facilitator, at: deadline - 60_000 });
    expect(s.timer).toMatchObject({ deadline: null, pausedRemainingMs: 60_000 });
    const tick = step(s, { type: 'timer-tick', actor: system, at: deadline + 1e6 });
    expect(tick.ok && tick.state.phase).toBe('signalen');
    s = must(s, { type: 'extend-timer', actor: facilitator, at: deadline + 1e6, seconds: 30 });
    s = must(s, { type: 'resume-timer', actor: facilitator, at: deadline + 2e6 });
    expect(s.timer.deadline).toBe(deadline + 2e6 + 90_000);
    expect(step(s, { type: 'resume-timer', actor: facilitator, at: deadline + 2e6 })).toMatchObject({
      ok: false,
      error: { code: 'not-paused' },
    });
  });

  it('a phase with timer 0 waits for the facilitator; extend starts a timer there', () => {
    let s = createGame(tinyConfig({ roundTimerSeconds: { signalen: 0 } }));
    s = must(s, { type: 'start-session', actor: facilitator, at: T0 });
    expect(s.timer.deadline).toBeNull();
    expect(step(s, { type: 'pause-timer', actor: facilitator, at: T0 })).toMatchObject({
      error: { code: 'no-timer' },
    });
    s = must(s, { type: 'extend-timer', actor: facilitator, at: T0 + 5, seconds: 10 });
    expect(s.timer.deadline).toBe(T0 + 10_005);
  });
});

describe('step: refusals leave the state untouched', () => {
  const cases: [string, unknown, string][] = [
    ['garbage', { type: 'nope' }, 'invalid-action'],
    ['seat starts session', { type: 'start-session', actor: seatActor('a'), at: T0 }, 'not-authorised'],
    [
      'system drafts',
      { type: 'draft-decisions', actor: system, at: T0, role: 'inkoper', changes: {} },
      'not-authorised',
    ],
    [
      'facilitator submits',
      { type: 'submit-decisions', actor: facilitator, at: T0, changes: {} },
      'not-authorised',
    ],
    ['unknown seat acts', { type: 'leave', actor: seatActor('ghost'), at: T0 }, 'not-authorised'],
    [
      'submit in signalen',
      { type: 'submit-decisions', actor: seatActor('a'), at: T0, changes: {} },
      'wrong-phase',
    ],
    ['tick by facilitator', { type: 'timer-tick', actor: facilitator, at: T0 }, 'not-authorised'],
    ['start twice', { type: 'start-session', actor: facilitator, at: T0 }, 'wrong-status'],
  ];
  it.each(cases)('%s', (_name, action, code) => {
    const s = started();
    const before = serializeGame(s);
    const r = step(s, action);
    expect(r.ok ? 'accepted' : r.error.code).toBe(code);
    if (!r.ok) expect(r.error.message.nl.length).toBeGreaterThan(0);
    expect(serializeGame(s)).toBe(before);
  });

  it('an action stamped in the past happens at the latest known time', () => {
    const s = started();
    const r = must(s, { type: 'pause-timer', actor: facilitator, at: 5 });
    expect(r.clock).toBe(s.clock);
    expect(r.timer.pausedRemainingMs).toBe(180_000);
  });
});

import { describe, expect, it } from 'vitest';
import { step } from '../rules/step.ts';
import { createGame } from '../state/create-game.ts';
import { must, playTo, seatActor, T0, tinyConfig, withSeats } from '../test-support/tiny-game.ts';
import { deserializeGame, serializeGame } from './serialize-game.ts';

describe('game snapshots', () => {
  it('createGame is deterministic: the same config gives the same bytes', () => {
    expect(serializeGame(createGame(tinyConfig()))).toBe(serializeGame(createGame(tinyConfig())));
    expect(serializeGame(createGame(tinyConfig({ seed: 43 })))).not.toBe(
      serializeGame(createGame(tinyConfig())),
    );
  });

  it('round-trips byte for byte in every part of a session', () => {
    let s = withSeats({ a: { municipalityId: 'oostdal' }, b: {} });
    for (const [round, phase] of [
      [0, 'lobby'],
      [1, 'overleg'],
      [2, 'terugblik'],
      [4, 'terugblik'],
    ] as const) {
      if (round > 0) s = playTo(s, round, phase);
      const text = serializeGame(s);
      expect(serializeGame(deserializeGame(text))).toBe(text);
    }
  });

  it('a resumed snapshot plays on exactly like the live game', () => {
    let live = playTo(withSeats({ a: { municipalityId: 'oostdal' } }), 1, 'overleg');
    let resumed = deserializeGame(serializeGame(live));
    const actions = [
      { type: 'submit-decisions', actor: seatActor('a'), at: T0 + 10_000, changes: { mandate: 0.9 } },
      { type: 'advance-phase', actor: { kind: 'facilitator' }, at: T0 + 10_001 },
      { type: 'advance-phase', actor: { kind: 'facilitator' }, at: T0 + 10_002 },
      { type: 'advance-phase', actor: { kind: 'facilitator' }, at: T0 + 10_003 },
      { type: 'advance-phase', actor: { kind: 'facilitator' }, at: T0 + 10_004 },
      { type: 'advance-phase', actor: { kind: 'facilitator' }, at: T0 + 10_005 },
    ] as const;
    for (const a of actions) {
      live = must(live, a);
      resumed = must(resumed, a);
    }
    expect(serializeGame(resumed)).toBe(serializeGame(live));
  });

  it.each([
    ['an empty text', ''],
    ['another format', 'something-else/1\n{}\n{}'],
    ['a broken game part', 'monopolycentrisme-game/1\n{"version":2}\n{}'],
    ['no engine part', 'monopolycentrisme-game/1\n{}'],
  ])('refuses %s', (_name, text) => {
    expect(() => deserializeGame(text)).toThrow();
  });

  it('refuses a snapshot whose game part was tampered with', () => {
    const text = serializeGame(createGame(tinyConfig()));
    expect(() => deserializeGame(text.replace('"status":"lobby"', '"status":"winning"'))).toThrow(
      /invalid game snapshot/,
    );
  });

  it('does not change the state it writes', () => {
    const s = playTo(withSeats({}), 1, 'terugblik');
    const before = serializeGame(s);
    serializeGame(s);
    expect(step(s, { type: 'timer-tick', actor: { kind: 'system' }, at: 0 }).ok).toBe(true);
    expect(serializeGame(s)).toBe(before);
  });
});

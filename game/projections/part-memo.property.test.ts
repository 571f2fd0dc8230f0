import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { materialise, SEAT_IDS, sessionArb } from '../properties/action-arbitraries.ts';
import { step } from '../rules/step.ts';
import { deserializeGame, serializeGame } from '../serialize/serialize-game.ts';
import { createGame } from '../state/create-game.ts';
import type { GameState } from '../state/game-state.ts';
import { T0, tinyConfig } from '../test-support/tiny-game.ts';
import { createPartMemo } from './part-memo.ts';
import { projectForFacilitator } from './project-for-facilitator.ts';
import { projectForProjector } from './project-for-projector.ts';
import { projectForSeat } from './project-for-seat.ts';

const START = serializeGame(createGame(tinyConfig({ providerTeam: true })));

/** Every view of the state, from the memo and from scratch. */
const views = (state: GameState, memo?: ReturnType<typeof createPartMemo>['memo']) => ({
  facilitator: projectForFacilitator(state, memo),
  projector: projectForProjector(state, memo),
  seats: SEAT_IDS.map((id) => projectForSeat(state, id, memo)),
});

describe('projections with a part memo', () => {
  it('equal the projections built from scratch after every accepted action of random sessions', () => {
    let compared = 0;
    let reused = 0;
    fc.assert(
      fc.property(sessionArb, fc.integer({ min: 1, max: 4 }), (steps, every) => {
        const { memo, sweep } = createPartMemo();
        let s = deserializeGame(START);
        let previous = views(s, memo);
        materialise(steps, T0).forEach((action, i) => {
          const r = step(s, action);
          if (!r.ok) return;
          s = r.state;
          // Views are built after some actions only (a coalesced broadcast skips the ones in between).
          if (i % every !== 0) return;
          const cached = views(s, memo);
          expect(cached).toEqual(views(s));
          if (cached.facilitator.debrief === previous.facilitator.debrief) reused++;
          previous = cached;
          compared++;
          sweep();
        });
      }),
      { numRuns: 60, seed: 20261204 },
    );
    expect(compared).toBeGreaterThan(400);
    // The memo must actually keep parts, or this test proves nothing about it.
    expect(reused).toBeGreaterThan(100);
  });

  it('hands every seat of one role in one team the same part objects', () => {
    const { memo } = createPartMemo();
    let s = deserializeGame(START);
    const join = (seatId: string, role: string) =>
      step(s, {
        type: 'join',
        actor: { kind: 'seat', seatId },
        at: T0,
        displayName: seatId,
        seatId,
        seatToken: `tok-${seatId}-geheim`,
        rejoinCode: `code-${seatId}`,
        municipalityId: s.teams[0]!.id,
        role,
      });
    for (const [id, role] of [
      ['a', 'inkoper'],
      ['b', 'inkoper'],
      ['c', 'wethouder'],
    ] as const) {
      const r = join(id, role);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      s = r.state;
    }
    const [a, b, c] = ['a', 'b', 'c'].map((id) => projectForSeat(s, id, memo)!);
    expect(a.lenses.contracten).toBe(b.lenses.contracten);
    expect(a.team?.drafts).toBe(c.team?.drafts);
    expect(a.region).toBe(c.region);
    expect(a.team?.members).not.toBe(b.team?.members);
  });
});

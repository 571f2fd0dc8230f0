import { describe, expect, it } from 'vitest';
import type { GameState } from '../state/game-state.ts';
import { facilitator, must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { debriefEvidence, MAX_EVIDENCE } from './debrief-evidence.ts';

/** Four rounds: Oostdal (students) plays hard NPM and skips round 3; the other two are bots. */
const session = (config = {}): GameState => {
  let s = withSeats({ a: { municipalityId: 'oostdal' } }, config);
  for (let round = 1; round <= 4; round++) {
    s = playTo(s, round, 'overleg', T0 + round * 100_000);
    if (round !== 3)
      s = must(s, {
        type: 'submit-decisions',
        actor: seatActor('a'),
        at: T0 + round * 100_000 + 50,
        changes: {
          tariffLevel: 0.7,
          funding: 'per-traject',
          budgetSplit: { aanval: 0.02, middenveld: 0.05, verdediging: 0.93 },
        },
      });
  }
  return must(playTo(s, 4, 'terugblik', T0 + 900_000), {
    type: 'advance-phase',
    actor: facilitator,
    at: T0 + 990_000,
  });
};

describe('debriefEvidence', () => {
  const s = session();
  const d = debriefEvidence(s);

  it('answers each of the three questions with at most four facts, strongest first, one per metric', () => {
    expect(s.status).toBe('debrief');
    expect(d.questions.map((q) => q.question)).toEqual([1, 2, 3]);
    for (const q of d.questions) {
      expect(q.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
      const strengths = q.evidence.map((e) => e.strength);
      expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
      for (const e of q.evidence) {
        expect(e.question).toBe(q.question);
        expect(e.strength).toBeGreaterThan(0);
        expect(e.strength).toBeLessThanOrEqual(1);
        if ('text' in e) {
          expect(e.text.nl).not.toMatch(/[{}]/);
          expect(e.text.en).not.toMatch(/[{}]/);
        } else
          for (const v of Object.values(e.message.values))
            if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
    expect(d.questions.flatMap((q) => q.evidence).length).toBeGreaterThan(3);
  });

  it('says which team kept last year decisions', () => {
    expect(d.keptDecisions).toEqual([
      {
        round: 3,
        municipalityId: 'oostdal',
        text: {
          nl: 'In ronde 3 leverde Oostdal geen besluit in; de keuzes van het jaar ervoor bleven staan.',
          en: 'In round 3 Oostdal did not submit; the choices of the year before stayed in force.',
        },
      },
    ]);
  });

  it('puts meetbaar next to merkbaar for every municipality, and the families side by side', () => {
    expect(d.meetbaarMerkbaar.map((m) => m.municipalityId)).toEqual(['oostdal', 'westerveen', 'noordhoek']);
    expect(d.meetbaarMerkbaar[0].meetbaar).toHaveProperty('registeredWaiting');
    expect(d.meetbaarMerkbaar[0].merkbaar).toHaveProperty('reallyWaiting');
    expect(d.families.map((f) => f.key)).toEqual(['ryan', 'sara']);
    expect(d.families[0].journeys.map((j) => j.municipalityId)).toEqual([
      'oostdal',
      'westerveen',
      'noordhoek',
    ]);
  });

  it('scores the six loops and marks the two strongest', () => {
    expect(d.loops).toHaveLength(6);
    expect(d.loops.filter((l) => l.dominant).length).toBeLessThanOrEqual(2);
    expect(d.loops[0].region).toBeGreaterThanOrEqual(d.loops[5].region);
    for (const l of d.loops) expect(l.sources.length).toBeGreaterThan(0);
  });

  it('has no dashboard score unless the facilitator switched it on', () => {
    expect(d.dashboardScore).toBeNull();
    const on = debriefEvidence(session({ dashboardScore: true })).dashboardScore;
    expect(on?.ranking.map((r) => r.dashboardRank).sort()).toEqual([1, 2, 3]);
    expect(on?.ranking.map((r) => r.leefwereldRank).sort()).toEqual([1, 2, 3]);
    expect(on?.headline.nl).toMatch(/won op het dashboard/);
  });

  it('answers question 3 from the session own levels when no team changes anything (a settled baseline)', () => {
    let quiet = withSeats({});
    for (let round = 1; round <= 4; round++) quiet = playTo(quiet, round, 'terugblik', T0 + round * 100_000);
    const q3 = debriefEvidence(quiet).questions[2];
    expect(q3.evidence.length).toBeGreaterThan(0);
    const levels = q3.evidence.filter((e) => 'message' in e);
    expect(levels.length).toBeGreaterThan(0);
    for (const e of levels) expect(e.strength).toBeLessThanOrEqual(0.5);
  });

  it('is empty but well-formed before any round was calculated', () => {
    const lobby = debriefEvidence(withSeats({}));
    expect(lobby.roundsPlayed).toBe(0);
    expect(lobby.questions.every((q) => q.evidence.length === 0)).toBe(true);
    expect(lobby.meetbaarMerkbaar[0].meetbaar).toBeNull();
  });
});

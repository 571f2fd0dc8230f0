import { describe, expect, it } from 'vitest';
import type { GameState } from '../state/game-state.ts';
import { must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { debriefEvidence } from './debrief-evidence.ts';
import { changedLevers, replayLevers, roundReplay } from './round-replay.ts';

/** Oostdal (a student) moves to per-traject funding in round 2 and to a lower tariff in round 3. */
const session = (config = {}): GameState => {
  let s = withSeats({ a: { municipalityId: 'oostdal' } }, config);
  const changes = { 2: { funding: 'per-traject' }, 3: { tariffLevel: 0.8 } } as const;
  for (let round = 1; round <= 4; round++) {
    s = playTo(s, round, 'overleg', T0 + round * 100_000);
    if (round === 2 || round === 3)
      s = must(s, {
        type: 'submit-decisions',
        actor: seatActor('a'),
        at: T0 + round * 100_000 + 50,
        changes: changes[round],
      });
  }
  return playTo(s, 4, 'terugblik', T0 + 900_000);
};

describe('roundReplay', () => {
  const s = session();
  const rounds = roundReplay(s);
  const oostdal = (n: number) => rounds[n - 1].municipalities.find((m) => m.municipalityId === 'oostdal');

  it('replays every calculated round with the years it covered', () => {
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 3, 4]);
    expect(rounds.map((r) => r.years)).toEqual(s.rounds.map((r) => r.years));
    expect(rounds[0].years[0]).toBe(s.startYear);
  });

  it("shows round N's applied decisions and what changed in it", () => {
    expect(oostdal(1)?.decisions.funding).toBe(s.rounds[0].teams.oostdal.applied.funding);
    expect(oostdal(2)?.decisions.funding).toBe('per-traject');
    expect(oostdal(2)?.changed).toContain('funding');
    expect(oostdal(3)?.changed).toContain('tariffLevel');
    expect(oostdal(3)?.decisions.tariffLevel).toBe(0.8);
    expect(oostdal(3)?.changed).not.toContain('funding');
    expect(oostdal(2)?.source).toBe('submitted');
    for (const lever of replayLevers) expect(oostdal(4)?.decisions).toHaveProperty(lever);
    // The key order is the display order the web keeps: the main levers first, then the changed extras.
    const keys = Object.keys(oostdal(3)?.decisions ?? {});
    expect(keys.slice(0, replayLevers.length)).toEqual([...replayLevers]);
  });

  it("puts that round's own year meetbaar next to merkbaar, not the last year", () => {
    const year1 = s.rounds[0].reports.oostdal.at(-1);
    expect(oostdal(1)?.year).toBe(year1?.year);
    expect(oostdal(1)?.meetbaar?.registeredWaiting).toBe(year1?.dashboard.registeredWaiting);
    expect(oostdal(1)?.merkbaar?.weeksToFirstHelp).toBe(year1?.weeksToFirstHelp.median);
    expect(oostdal(4)?.year).toBe(s.rounds[3].years.at(-1));
  });

  it('names the cards in play and the regional agreements of each round', () => {
    rounds.forEach((r, i) => {
      expect(r.cards.map((c) => c.id)).toEqual(s.rounds[i].cards);
      for (const c of r.cards) expect(c.title.nl.length).toBeGreaterThan(0);
      expect(r.regional).toEqual(s.rounds[i].regional);
    });
    const arrived = rounds.flatMap((r) => r.cards.filter((c) => c.arrived).map((c) => `${r.round}:${c.id}`));
    expect(arrived.length).toBe(new Set(arrived).size);
  });

  it('covers two years per round in short mode', () => {
    const short = debriefEvidence(playTo(withSeats({}, { shortMode: true }), 4, 'terugblik')).rounds;
    expect(short[1].years).toHaveLength(2);
    expect(short[1].municipalities[0].year).toBe(short[1].years[1]);
  });

  it('is empty before any round', () => {
    expect(debriefEvidence(withSeats({})).rounds).toEqual([]);
  });
});

describe('changedLevers', () => {
  it('compares values, including the budget split object', () => {
    const base = s0();
    expect(changedLevers(base, { ...base })).toEqual([]);
    expect(
      changedLevers(base, { ...base, budgetSplit: { aanval: 0.1, middenveld: 0.1, verdediging: 0.8 } }),
    ).toEqual(['budgetSplit']);
  });
});

const s0 = () => withSeats({}).teams[0].decisions;

import { describe, expect, it } from 'vitest';
import type { GameState, Signal } from '../state/game-state.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { teamRuns } from './debrief-evidence.ts';
import { bankruptcyEvidence, signalEvidence } from './session-evidence.ts';

const signal = (id: number, municipalityId: string, kind: 'act' | 'dismiss' | null): Signal => ({
  id,
  round: 1,
  municipalityId,
  familyKey: 'ryan',
  aspect: 'waiting',
  by: 'bot',
  at: 0,
  response: kind && { kind, by: 'bot', at: 0 },
});

describe('signal evidence', () => {
  const base = playTo(withSeats({}), 2, 'signalen');
  const withSignals = (signals: Signal[]): GameState => ({ ...base, signals });

  it('contrasts the team that acted on the families stories with the one that did not', () => {
    const s = withSignals([
      signal(1, 'noordhoek', 'act'),
      signal(2, 'noordhoek', 'act'),
      signal(3, 'oostdal', 'dismiss'),
      signal(4, 'oostdal', null),
    ]);
    const [e] = signalEvidence(s, teamRuns(s));
    expect(e.text.nl).toBe(
      'In Noordhoek bracht de ervaringsdeskundige 2 signalen in en pakte het team er 2 op (ervaringskennis: structureel); in Oostdal 2 signalen, 0 opgepakt (geen).',
    );
    expect(e).toMatchObject({ question: 3, strength: 1, municipalities: ['noordhoek', 'oostdal'] });
  });

  it('tells the one team that raised signals when there is nothing to contrast', () => {
    const s = withSignals([signal(1, 'westerveen', 'dismiss')]);
    expect(signalEvidence(s, teamRuns(s))[0].text.en).toBe(
      'In Westerveen the ervaringsdeskundige raised 1 signal; the team acted on 0 (ervaringskennis: none).',
    );
    expect(signalEvidence(withSignals([]), teamRuns(base))).toEqual([]);
  });
});

describe('bankruptcy evidence', () => {
  it('counts the region bankruptcies, in the singular for one', () => {
    const s = playTo(withSeats({}), 2, 'signalen');
    s.sim.regionHistory[0] = { ...s.sim.regionHistory[0], bankruptcies: 1 };
    const one = bankruptcyEvidence(s, teamRuns(s));
    expect(one[0].text.nl).toBe(
      'In de regio ging een aanbieder failliet; het laagste tarief was 95% van de kostprijs, in Oostdal.',
    );
    s.sim.regionHistory[0] = { ...s.sim.regionHistory[0], bankruptcies: 3 };
    expect(bankruptcyEvidence(s, teamRuns(s))[0]).toMatchObject({
      strength: 1,
      text: {
        en: 'In the region 3 providers went bankrupt; the lowest tariff was 95% of cost price, in Oostdal.',
      },
    });
    s.sim.regionHistory[0] = { ...s.sim.regionHistory[0], bankruptcies: 0 };
    expect(bankruptcyEvidence(s, teamRuns(s))).toEqual([]);
  });
});

import type { GameState } from '../state/game-state.ts';
import { text } from '../text.ts';
import { contrast, type TeamRun, type TextEvidence } from './evidence-types.ts';
import { fill, formatNumber } from './format.ts';
import { setupLabel } from './lever-labels.ts';

const SIGNALS = text(
  'In {hi} bracht de ervaringsdeskundige {n} in en pakte het team er {k} op (ervaringskennis: {mode}); in {lo} {n2}, {k2} opgepakt ({mode2}).',
  'In {hi} the ervaringsdeskundige raised {n} and the team acted on {k} (ervaringskennis: {mode}); in {lo} {n2}, {k2} acted on ({mode2}).',
);
const SIGNALS_ONE = text(
  'In {m} bracht de ervaringsdeskundige {n} in; het team pakte er {k} op (ervaringskennis: {mode}).',
  'In {m} the ervaringsdeskundige raised {n}; the team acted on {k} (ervaringskennis: {mode}).',
);

/** "1 signaal", "3 signalen". */
const signals = (n: number) => ({
  nl: `${n} ${n === 1 ? 'signaal' : 'signalen'}`,
  en: `${n} ${n === 1 ? 'signal' : 'signals'}`,
});

/** Did the team answer the families' stories (M11)? Share of signals acted on, compared across teams. */
export const signalEvidence = (state: GameState, teams: readonly TeamRun[]): TextEvidence[] => {
  const counts = teams.map((team) => {
    const mine = state.signals.filter((s) => s.municipalityId === team.id);
    const acted = mine.filter((s) => s.response?.kind === 'act').length;
    return { team, n: mine.length, k: acted, value: mine.length > 0 ? acted / mine.length : 0 };
  });
  const raised = counts.filter((c) => c.n > 0);
  const c = contrast(raised, 0.25);
  if (c) {
    const hi = counts.find((x) => x.team === c.hi.team) ?? counts[0];
    const lo = counts.find((x) => x.team === c.lo.team) ?? counts[0];
    const values = {
      hi: hi.team.name,
      lo: lo.team.name,
      n: signals(hi.n),
      k: hi.k,
      n2: signals(lo.n),
      k2: lo.k,
    };
    const modes = {
      mode: setupLabel(hi.team.decisions, 'ervaringskennis'),
      mode2: setupLabel(lo.team.decisions, 'ervaringskennis'),
    };
    return [
      evidence('signals:across', c.strength, fill(SIGNALS, { ...values, ...modes }), [
        hi.team.id,
        lo.team.id,
      ]),
    ];
  }
  return raised.slice(0, 1).map((x) =>
    evidence(
      'signals:one',
      0.4,
      fill(SIGNALS_ONE, {
        m: x.team.name,
        n: signals(x.n),
        k: x.k,
        mode: setupLabel(x.team.decisions, 'ervaringskennis'),
      }),
      [x.team.id],
    ),
  );
};

const evidence = (
  id: string,
  strength: number,
  t: TextEvidence['text'],
  municipalities: string[],
): TextEvidence => ({
  id,
  question: 3,
  lens: 'leefwereld',
  strength,
  text: t,
  municipalities,
});

/** Teams that let the timer run out keep last year's decisions (GAME.md section 1); the debrief says so. */
export const keptDecisions = (state: GameState) =>
  state.rounds.flatMap((r) =>
    state.teams
      .filter((t) => r.teams[t.id]?.source === 'kept')
      .map((t) => ({
        round: r.round,
        municipalityId: t.id,
        text: fill(
          text(
            'In ronde {r} leverde {m} geen besluit in; de keuzes van het jaar ervoor bleven staan.',
            'In round {r} {m} did not submit; the choices of the year before stayed in force.',
          ),
          { r: String(r.round), m: t.name },
        ),
      })),
  );

/** Bankruptcies in the region over the session, next to the lowest tariff (004:261). */
export const bankruptcyEvidence = (state: GameState, teams: readonly TeamRun[]): TextEvidence[] => {
  const n = state.sim.regionHistory.reduce((s, y) => s + y.bankruptcies, 0);
  if (n === 0 || teams.length === 0) return [];
  const low = teams.reduce((a, b) => (b.decisions.tariffLevel < a.decisions.tariffLevel ? b : a));
  const tariff = {
    nl: formatNumber(low.decisions.tariffLevel * 100, 'nl'),
    en: formatNumber(low.decisions.tariffLevel * 100, 'en'),
  };
  const template =
    n === 1
      ? text(
          'In de regio ging een aanbieder failliet; het laagste tarief was {t}% van de kostprijs, in {m}.',
          'In the region one provider went bankrupt; the lowest tariff was {t}% of cost price, in {m}.',
        )
      : text(
          'In de regio gingen {n} aanbieders failliet; het laagste tarief was {t}% van de kostprijs, in {m}.',
          'In the region {n} providers went bankrupt; the lowest tariff was {t}% of cost price, in {m}.',
        );
  const t = fill(template, { n, t: tariff, m: low.name });
  return [
    {
      id: 'bankruptcies',
      question: 2,
      lens: 'contracten',
      strength: Math.min(1, n / 3),
      text: t,
      municipalities: [low.id],
    },
  ];
};

import { moneyBalance, populationBalance } from '../../engine/index.ts';
import { roleLevers } from '../model/roles.ts';
import { validateDecisions } from '../rules/team-decisions.ts';
import type { GameState } from '../state/game-state.ts';

const unique = (xs: readonly unknown[]): boolean => new Set(xs).size === xs.length;

/** Everything that must hold after any accepted action; returns the broken rules (empty when all hold). */
export const brokenInvariants = (s: GameState): string[] => {
  const broken: string[] = [];
  const check = (ok: boolean, rule: string) => {
    if (!ok) broken.push(rule);
  };
  const perRound = s.config.shortMode ? 2 : 1;
  check(s.status !== 'lobby' || (s.round === 0 && s.phase === null), 'lobby has no round or phase');
  check(
    s.status !== 'rounds' || (s.round >= 1 && s.round <= s.config.rounds && s.phase !== null),
    'rounds have a phase',
  );
  check(s.status === 'rounds' || s.status === 'lobby' || s.phase === null, 'debrief and end have no phase');
  const calculated = s.phase === 'doorrekenen' || s.phase === 'terugblik';
  if (s.status === 'rounds')
    check(s.rounds.length === (calculated ? s.round : s.round - 1), 'one record per calculated round');
  check(
    s.rounds.every((r, i) => r.round === i + 1),
    'records in round order',
  );
  check(
    s.sim.week === s.sim.warmupWeeks + 52 * perRound * s.rounds.length,
    'engine weeks match the calculated rounds',
  );
  check(
    s.sim.history.every((h) => h.length === perRound * s.rounds.length),
    'one report per calculated year',
  );
  check(
    unique(s.seats.map((x) => x.id)) && unique(s.seats.map((x) => x.token)),
    'seat ids and tokens unique',
  );
  check(unique(s.seats.map((x) => x.rejoinCode)), 'rejoin codes unique');
  for (const seat of s.seats) {
    const ok =
      seat.municipalityId === null
        ? seat.role === 'aanbieder' && s.config.providerTeam
        : s.teams.some((t) => t.id === seat.municipalityId) && seat.role !== 'aanbieder';
    check(ok, `seat ${seat.id} sits somewhere valid`);
  }
  for (const t of s.teams) {
    check(
      JSON.stringify(validateDecisions(t, t.decisions)) === JSON.stringify(t.decisions),
      `${t.id} decisions valid`,
    );
    for (const [role, d] of Object.entries(t.drafts)) {
      const allowed: readonly string[] = roleLevers[role as keyof typeof roleLevers];
      check(
        !d || Object.keys(d.changes).every((k) => allowed.includes(k)),
        `${t.id} ${role} draft within its levers`,
      );
    }
    check(!t.submission || validateDecisions(t, t.submission.decisions) !== null, `${t.id} submission valid`);
  }
  const p = s.regional.proposal;
  check(!p || Object.keys(p.votes).every((id) => s.teams.some((t) => t.id === id)), 'votes from teams only');
  check(!p || !s.teams.every((t) => p.votes[t.id] === true), 'an open proposal is not yet agreed');
  check(
    s.timer.pausedRemainingMs === null || (s.timer.deadline === null && s.timer.pausedRemainingMs >= 0),
    'a paused timer has no deadline',
  );
  check(
    unique(s.signals.map((x) => x.id)) && s.signals.every((x) => x.id < s.nextSignalId),
    'signal ids unique and counted',
  );
  check(
    s.cards.drawn.every((d) => d.fromRound >= 1),
    'cards act from a round',
  );
  for (const b of populationBalance(s.sim))
    check(b.healthy + b.inEpisodes === b.youth, `${b.municipality} population conserved`);
  const money = moneyBalance(s.sim);
  check(
    Math.abs(money.paidByMunicipalities - money.receivedByProviders) <=
      1e-6 * Math.max(1, money.paidByMunicipalities),
    'money conserved',
  );
  return broken;
};

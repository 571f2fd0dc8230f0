import type { YearReport } from '../../engine/index.ts';
import { cardById } from '../cards/card-catalogue.ts';
import type { Card } from '../cards/card-types.ts';
import { providerRole } from '../model/roles.ts';
import { botRoles } from '../rules/seat-roles.ts';
import type { GameState } from '../state/game-state.ts';
import { roundYears, teamSeats } from '../state/queries.ts';

/** Where the session is: status, round, phase, years and the timer (the client counts down to the deadline). */
export const sessionView = (state: GameState) => ({
  status: state.status,
  round: state.round,
  rounds: state.config.rounds,
  phase: state.phase,
  years: state.round > 0 ? roundYears(state, state.round) : [],
  /** The first year of the session: family timelines count weeks from its first week. */
  startYear: state.startYear,
  /** How many students the session takes, so a phone can say "full" before asking for a name. */
  maxStudents: state.config.mode === 'solo' ? 1 : state.config.maxStudents,
  /** class, solo (homework: the student moves the phases) or async (deadlines in days between lectures). */
  mode: state.config.mode,
  language: state.config.language,
  scenario: { id: state.scenarioId, name: state.scenarioName },
  region: state.regionName,
  timer: {
    phaseStartedAt: state.timer.phaseStartedAt,
    deadline: state.timer.deadline,
    paused: state.timer.pausedRemainingMs !== null,
    remainingMs: state.timer.pausedRemainingMs,
  },
});

/** Every team as the whole class may see it: size, bot roles and whether it has submitted (not what). */
export const publicTeams = (state: GameState) =>
  state.teams.map((t) => ({
    id: t.id,
    name: t.name,
    students: teamSeats(state, t.id).length,
    botRoles: botRoles(state, t.id),
    /**
     * Roles a student picked as their own: a newcomer picking one shares it. A role neither a bot's nor here
     * is one a teammate holds only because roles merge: a newcomer picking it takes it over (seat-roles.ts).
     */
    chosenRoles: [
      ...new Set(teamSeats(state, t.id).flatMap((s) => (s.role === providerRole ? [] : [s.role]))),
    ],
    submitted: t.submission !== null,
  }));

/**
 * The optional provider team as the class may see it (GAME.md section 4): null when the session has none,
 * else how many students sit in it, so a phone can offer the aanbieder seat before joining.
 */
export const publicProviderTeam = (state: GameState) =>
  state.config.providerTeam
    ? { students: state.seats.filter((s) => s.municipalityId === null).length }
    : null;

const cardView = (card: Card) => ({
  id: card.id,
  title: card.title,
  story: card.story,
  effect: card.effect,
  sources: card.sources,
});

/** Cards in play, with their sources (GAME.md section 8); the deck's order stays hidden. */
export const revealedCards = (state: GameState) =>
  state.cards.drawn.map((d) => {
    const card = cardById(d.cardId) as Card;
    const lastRound = card.rounds === null ? null : d.fromRound + card.rounds - 1;
    const round = Math.max(1, state.round);
    return {
      ...cardView(card),
      fromRound: d.fromRound,
      lastRound,
      via: d.via,
      active: d.fromRound <= round && (lastRound === null || round <= lastRound),
    };
  });

/** The regional table: what is in force, what was agreed this round and the open proposal with its votes. */
export const regionalTableView = (state: GameState) => {
  const p = state.regional.proposal;
  return {
    inForce: state.regional.inForce,
    adopted: state.regional.adopted,
    proposal: p && {
      id: p.id,
      decisions: p.decisions,
      municipalityId: p.municipalityId,
      votes: state.teams.map((t) => ({
        municipalityId: t.id,
        vote: t.id in p.votes ? (p.votes[t.id] ? 'agree' : 'disagree') : 'pending',
      })),
    },
  };
};

/** A few headline numbers of one year of a municipality, meetbaar next to merkbaar. */
const headline = (y: YearReport) => ({
  year: y.year,
  spendEur: y.spendEur,
  budgetEur: y.budgetEur,
  registeredWaiting: y.dashboard.registeredWaiting,
  registeredSuccessShare: y.dashboard.registeredSuccessShare,
  weeksToFirstHelp: y.weeksToFirstHelp.median,
  storyTellingsPerFamily: y.storyTellingsPerFamily,
  thuiszitters: y.thuiszitters,
  trust: y.trust,
});

/**
 * The region's years and a few headline numbers per municipality, meetbaar next to merkbaar; `baseline` is the
 * warm-up's last year (a year before the session's first), what round 1 starts from (issue 15, defect 11).
 */
export const regionResults = (state: GameState) => ({
  // A copy: the engine appends to its history in place, and a view must stay a snapshot (issue 10).
  region: [...state.sim.regionHistory],
  baselineYear: state.sim.baseline?.region.year ?? null,
  municipalities: state.teams.map((t, i) => {
    const base = state.sim.baseline?.municipalities[i];
    return {
      id: t.id,
      name: t.name,
      years: state.sim.history[i].map(headline),
      baseline: base ? headline(base) : null,
    };
  }),
});

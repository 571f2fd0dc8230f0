import { buildReport } from '../../engine/index.ts';
import type { GameState } from '../state/game-state.ts';
import { text } from '../text.ts';
import { dashboardScores } from './dashboard-score.ts';
import type { Evidence, Question, TeamRun } from './evidence-types.ts';
import { familyEvidence } from './family-evidence.ts';
import { familyJourneys } from './family-journeys.ts';
import { levelEvidence } from './level-facts.ts';
import { dominantLoops } from './loops.ts';
import { yearMetrics } from './metrics.ts';
import { roundReplay } from './round-replay.ts';
import { bankruptcyEvidence, keptDecisions, signalEvidence } from './session-evidence.ts';
import { sideBySideYear } from './side-by-side.ts';
import { acrossEvidence, overTimeEvidence } from './year-metric.ts';

/** The three questions students must answer with evidence from their own play (GAME.md section 1). */
export const debriefQuestions = [
  {
    question: 1,
    title: text('Wat merken gezinnen van onze keuzes?', 'What do families notice of our choices?'),
  },
  {
    question: 2,
    title: text(
      'Welk gedrag roepen onze contracten en regels op?',
      'What behaviour do our contracts and rules provoke?',
    ),
  },
  {
    question: 3,
    title: text(
      'Bouwen we een systeem dat leert, of vooral een systeem dat afrekent?',
      'Are we building a system that learns, or one that settles accounts?',
    ),
  },
] as const;

export const MAX_EVIDENCE = 4;
const MAX_FAMILY_EVIDENCE = 2;

const group = (id: string): string =>
  id
    .split(':')
    .slice(0, id.startsWith('family:') ? 2 : 1)
    .join(':');

/** Strongest first, one fact per metric or family, at most two family journeys per question. */
const strongest = (all: readonly Evidence[], question: Question): Evidence[] => {
  const sorted = all
    .filter((e) => e.question === question)
    .sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
  const out: Evidence[] = [];
  for (const e of sorted) {
    if (out.length >= MAX_EVIDENCE || out.some((x) => group(x.id) === group(e.id))) continue;
    if (
      e.id.startsWith('family:') &&
      out.filter((x) => x.id.startsWith('family:')).length >= MAX_FAMILY_EVIDENCE
    )
      continue;
    out.push(e);
  }
  return out;
};

export const teamRuns = (state: GameState): TeamRun[] =>
  state.teams.map((t, i) => ({
    id: t.id,
    name: t.name,
    youth: state.sim.municipalities[i].youth,
    years: state.sim.history[i],
    decisions: t.decisions,
  }));

/**
 * The debrief (GAME.md section 9): per question the strongest concrete facts of this session, meetbaar next
 * to merkbaar per municipality, the loops that dominated (with their cycles for the loop diagram), the named
 * families side by side (events, routes and Sankey flows), every round for replay, the teams that kept last
 * year's decisions and, when switched on, the dashboard score. Empty until a round is calculated.
 */
export const debriefEvidence = (state: GameState) => {
  const teams = teamRuns(state);
  const families = buildReport(state.sim).families;
  const all: Evidence[] = [
    ...familyEvidence(teams, families),
    ...yearMetrics
      .flatMap((m) => [acrossEvidence(m, teams), overTimeEvidence(m, teams)])
      .filter((e) => e !== null),
    ...signalEvidence(state, teams),
    ...bankruptcyEvidence(state, teams),
    ...levelEvidence(teams, { weeklyHours: state.sim.params.weeklyHoursPerFte }),
  ];
  return {
    roundsPlayed: state.rounds.length,
    questions: debriefQuestions.map((q) => ({ ...q, evidence: strongest(all, q.question) })),
    meetbaarMerkbaar: teams.map(sideBySide),
    loops: dominantLoops(teams),
    families: familyJourneys(families, state.startYear),
    rounds: roundReplay(state),
    keptDecisions: keptDecisions(state),
    dashboardScore: state.config.dashboardScore ? dashboardScores(teams) : null,
  };
};

/** The dashboard's story and the families' story of one municipality in the last year, side by side. */
const sideBySide = (t: TeamRun) => ({
  municipalityId: t.id,
  name: t.name,
  ...sideBySideYear(t.years.at(-1)),
});

export type DebriefEvidence = ReturnType<typeof debriefEvidence>;

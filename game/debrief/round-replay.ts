import type { Decisions } from '../../engine/index.ts';
import { cardById } from '../cards/card-catalogue.ts';
import type { GameState, RoundRecord } from '../state/game-state.ts';
import { sideBySideYear } from './side-by-side.ts';

/** The levers the replay lists for every municipality; any other lever shows only in a round that changed it. */
export const replayLevers = [
  'procurement',
  'archetype',
  'funding',
  'tariffLevel',
  'budgetEur',
  'budgetSplit',
  'access',
  'accountability',
  'registration',
  'ervaringskennis',
  'learningRhythm',
  'mandate',
] as const satisfies readonly (keyof Decisions)[];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The levers whose applied value differs from the round before (the preset before the first round). */
export const changedLevers = (before: Decisions, after: Decisions): (keyof Decisions)[] =>
  (Object.keys(after) as (keyof Decisions)[]).filter((k) => !same(before[k], after[k]));

const pick = (d: Decisions, levers: readonly (keyof Decisions)[]) =>
  Object.fromEntries(levers.map((k) => [k, d[k]])) as Partial<Decisions>;

const municipality =
  (record: RoundRecord, previous: RoundRecord | undefined) => (team: GameState['teams'][number]) => {
    const applied = record.teams[team.id];
    const before = previous?.teams[team.id]?.applied ?? team.presetDecisions;
    const changed = applied ? changedLevers(before, applied.applied) : [];
    return {
      municipalityId: team.id,
      name: team.name,
      source: applied?.source ?? null,
      // Key order is display order: the main levers, then any other that changed, in the engine's lever order.
      decisions: applied ? pick(applied.applied, [...new Set([...replayLevers, ...changed])]) : {},
      changed,
      // A round may cover two years (short mode); the replay shows where the round left the municipality.
      ...sideBySideYear(record.reports[team.id]?.at(-1)),
    };
  };

/**
 * Every calculated round as the class can replay it (GAME.md section 9): the years it covered, the cards in
 * play, the regional agreements and per municipality the decisions applied with meetbaar next to merkbaar at
 * the end of the round. Read from the round records, so a replay shows exactly what that round produced.
 */
export const roundReplay = (state: GameState) =>
  state.rounds.map((record, i) => ({
    round: record.round,
    years: record.years,
    cards: record.cards.map((id) => ({
      id,
      title: cardById(id)?.title ?? { nl: id, en: id },
      arrived: state.cards.drawn.some((d) => d.cardId === id && d.fromRound === record.round),
    })),
    regional: record.regional,
    regionalChanged: record.regionalChanged,
    municipalities: state.teams.map(municipality(record, state.rounds[i - 1])),
  }));

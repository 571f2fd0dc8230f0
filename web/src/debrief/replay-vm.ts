import type { Decisions } from '../api/view-types.ts';
import type { Language } from '../i18n/languages.ts';
import type { Debrief } from './debrief-vm.ts';

type Round = Debrief['rounds'][number];

const municipality = (m: Round['municipalities'][number]) => ({
  id: m.municipalityId,
  name: m.name,
  source: m.source,
  year: m.year,
  meetbaar: m.meetbaar,
  merkbaar: m.merkbaar,
  // The game sends the levers in the order the replay lists them (game/debrief/round-replay.ts).
  levers: (Object.keys(m.decisions) as (keyof Decisions)[]).map((lever) => ({
    lever,
    value: m.decisions[lever],
    changed: m.changed.includes(lever),
  })),
  changedCount: m.changed.length,
});

/**
 * One round of the session replayed: the years it covered, the cards in play (new ones first), the regional
 * agreements and per municipality the levers applied (changed ones marked) with meetbaar beside merkbaar at
 * the end of the round. An unknown round falls back to the last one played.
 */
export const replayVm = (d: Debrief, language: Language, requested: number | null) => {
  const round = d.rounds.find((r) => r.round === requested) ?? d.rounds.at(-1);
  if (!round) return null;
  return {
    round: round.round,
    choices: d.rounds.map((r) => r.round),
    years: round.years,
    cards: [...round.cards]
      .sort((a, b) => Number(b.arrived) - Number(a.arrived))
      .map((c) => ({ id: c.id, title: c.title[language], arrived: c.arrived })),
    regional: round.regional,
    regionalChanged: round.regionalChanged,
    municipalities: round.municipalities.map(municipality),
  };
};

export type ReplayVm = NonNullable<ReturnType<typeof replayVm>>;

import type { YearReport } from '../../engine/index.ts';
import { type Text, text } from '../text.ts';
import type { TeamRun } from './evidence-types.ts';
import { loopStructure } from './loop-structure.ts';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));
const last = (t: TeamRun): YearReport | undefined => t.years.at(-1);

type Loop = { id: string; title: Text; why: Text; sources: string[]; score: (t: TeamRun) => number };

/**
 * The causal loops of GAME.md section 9, each read from a few of the engine's yearly numbers. The scores are
 * a reading aid for the loop diagram (assumption: simple 0-1 scalings), not model outputs.
 */
const loops: readonly Loop[] = [
  {
    id: 'wachtspiraal',
    title: text('Wachtspiraal', 'Waiting spiral'),
    why: text(
      'Wachten laat problemen groeien en gezinnen afhaken.',
      'Waiting lets problems grow and families give up.',
    ),
    sources: ['004:229', '001:2443-2444'],
    score: (t) => {
      const y = last(t);
      return y
        ? 0.6 * clamp01(y.weeksToFirstHelp.median / 12) +
            0.4 * clamp01(y.gaveUp / Math.max(1, y.newEpisodes) / 0.1)
        : 0;
    },
  },
  {
    id: 'indicatorgaming',
    title: text('Indicatorgaming', 'Indicator gaming'),
    why: text(
      'Wie afrekent op indicatoren, krijgt gedrag dat de indicator haalt.',
      'Paying on indicators buys behaviour that hits the indicator.',
    ),
    sources: ['004:299-302', '000:73-77'],
    score: (t) => clamp01(last(t)?.gamingLevel ?? 0),
  },
  {
    id: 'administratie-en-uitval',
    title: text('Administratie en uitval', 'Admin and burnout'),
    why: text(
      'Meer formulieren, minder tijd voor gezinnen, meer verzuim.',
      'More forms, less time for families, more sick leave.',
    ),
    sources: ['004:297', '004:252-253'],
    score: (t) => {
      const y = last(t);
      return y ? 0.6 * clamp01((y.adminShare - 0.15) / 0.3) + 0.4 * clamp01(y.sickLeave / 0.1) : 0;
    },
  },
  {
    id: 'tariefrace',
    title: text('Tariefrace', 'Tariff race'),
    why: text(
      'Lage tarieven winnen aanbestedingen, tot aanbieders omvallen.',
      'Low tariffs win tenders until providers collapse.',
    ),
    sources: ['004:261', '004:247'],
    score: (t) => {
      const y = last(t);
      const bankruptcies = t.years.reduce((s, x) => s + x.bankruptcies, 0);
      return y
        ? 0.6 * clamp01((bankruptcies / Math.max(1, y.activeProviders)) * 5) +
            0.4 * clamp01((1 - t.decisions.tariffLevel) / 0.3)
        : 0;
    },
  },
  {
    id: 'klein-blijft-klein',
    title: text('Klein blijft klein', 'Small stays small'),
    why: text(
      'Een sterke basis dichtbij houdt kleine vragen klein.',
      'A strong basis nearby keeps small questions small.',
    ),
    sources: ['004:430-432', '001:794-822'],
    score: (t) => {
      const y = last(t);
      return y ? clamp01((2 * y.stayedSmall) / Math.max(1, y.stayedSmall + y.newEpisodes)) : 0;
    },
  },
  {
    id: 'vertrouwen-door-transparantie',
    title: text('Vertrouwen door transparantie', 'Trust through transparency'),
    why: text(
      'Gezinnen die gezien worden, vragen eerder hulp.',
      'Families who feel seen ask for help sooner.',
    ),
    sources: ['004:236', '004:466'],
    // A reinforcing loop dominates whichever way it turns: trust that erodes (families come later, problems
    // grow) counts as much as trust that grows. Assumption: a change of 0.2 in trust over the session is a
    // loop at full strength (the presets run from about 0.5 to 0.9 after some years).
    score: (t) => {
      const first = t.years[0];
      const y = last(t);
      return first && y ? clamp01(Math.abs(y.trust - first.trust) / 0.2) : 0;
    },
  },
];

/** The two strongest of a set of scores (ids), ignoring loops that did not show at all. */
const topTwo = (scores: readonly { id: string; score: number }[]): string[] =>
  [...scores]
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .filter((x) => x.score > 0)
    .map((x) => x.id);

/**
 * Every loop with its cycle (for the loop diagram), its score per municipality and for the region (mean). The
 * two strongest are marked dominant for the region and, separately, within each municipality, because the
 * loop that ran a municipality is often not the one that ran the region.
 */
export const dominantLoops = (teams: readonly TeamRun[]) => {
  const scored = loops.map((loop) => {
    const perTeam = teams.map((t) => ({ municipalityId: t.id, score: loop.score(t) }));
    const region = perTeam.reduce((s, x) => s + x.score, 0) / Math.max(1, perTeam.length);
    return { id: loop.id, title: loop.title, why: loop.why, sources: loop.sources, region, perTeam };
  });
  const regionTop = topTwo(scored.map((l) => ({ id: l.id, score: l.region })));
  const teamTop = new Map(
    teams.map((t, i) => [t.id, topTwo(scored.map((l) => ({ id: l.id, score: l.perTeam[i].score })))]),
  );
  const order = [...scored].sort((a, b) => b.region - a.region).map((l) => l.id);
  return scored
    .map(({ perTeam, ...l }) => ({
      ...l,
      ...loopStructure(l.id),
      dominant: regionTop.includes(l.id),
      municipalities: perTeam.map((x) => ({
        ...x,
        dominant: teamTop.get(x.municipalityId)?.includes(l.id) ?? false,
      })),
    }))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
};

import type { Language } from '../i18n/languages.ts';
import type { Debrief } from './debrief-vm.ts';

type Loop = Debrief['loops'][number];

/** Whose loops the diagram highlights: the region (mean score) or one municipality. */
export const REGION = 'region';

const scoreIn = (l: Loop, scope: string) =>
  scope === REGION ? l.region : (l.municipalities.find((m) => m.municipalityId === scope)?.score ?? 0);

const dominantIn = (l: Loop, scope: string) =>
  scope === REGION
    ? l.dominant
    : (l.municipalities.find((m) => m.municipalityId === scope)?.dominant ?? false);

/**
 * The six loops for the loop diagram, in a fixed order (the region's, strongest first) so a figure stays where
 * it is while the class switches municipality; only the highlight and the scores move. The table holds every
 * score per municipality as the diagram's text alternative.
 */
export const loopsVm = (d: Debrief, language: Language, requested: string) => {
  const municipalities = d.meetbaarMerkbaar.map((m) => ({ id: m.municipalityId, name: m.name }));
  const scope = municipalities.some((m) => m.id === requested) ? requested : REGION;
  return {
    scope,
    scopes: [{ id: REGION, name: null }, ...municipalities],
    municipalities,
    loops: d.loops.map((l) => ({
      id: l.id,
      title: l.title[language],
      why: l.why[language],
      sources: l.sources,
      kind: l.kind,
      score: scoreIn(l, scope),
      dominant: dominantIn(l, scope),
      steps: l.steps.map((s) => ({ id: s.id, label: s.label[language], polarity: s.polarity })),
      region: l.region,
      perMunicipality: municipalities.map((m) => ({
        id: m.id,
        score: scoreIn(l, m.id),
        dominant: dominantIn(l, m.id),
      })),
    })),
  };
};

export type LoopsVm = ReturnType<typeof loopsVm>;
export type LoopCard = LoopsVm['loops'][number];

import type { DecisionsInput } from '../../engine/scenario/decisions.ts';
import { municipality, scenario } from './common.ts';

const TOTAL_YOUTH = 65_000;
const AREA = 'west-brabant-west';

/**
 * Fictional municipalities; relative sizes loosely follow a region of one large town and small ones. Each sets its
 * own number of youth professionals (003:320-322): `middenveld` is its share of the budget for them, chosen so
 * that the nine together fund about the source's 100 professionals (003:277-278) at the model's cost per FTE.
 */
const members: readonly { id: string; name: string; weight: number; middenveld: number }[] = [
  { id: 'rosendijk', name: 'Rosendijk', weight: 17, middenveld: 0.082 },
  { id: 'oosterzoom', name: 'Oosterzoom', weight: 15, middenveld: 0.073 },
  { id: 'leurdijk', name: 'Leurdijk', weight: 10.5, middenveld: 0.073 },
  { id: 'moerhaven', name: 'Moerhaven', weight: 8.5, middenveld: 0.064 },
  { id: 'halderveen', name: 'Halderveen', weight: 7, middenveld: 0.064 },
  { id: 'steenwaard', name: 'Steenwaard', weight: 5.5, middenveld: 0.055 },
  { id: 'rucbergen', name: 'Rucbergen', weight: 5, middenveld: 0.064 },
  { id: 'woensmeer', name: 'Woensmeer', weight: 5, middenveld: 0.055 },
  { id: 'zundervelde', name: 'Zundervelde', weight: 5, middenveld: 0.073 },
];

const decisionsFor = (middenveld: number): DecisionsInput => ({
  procurement: 'open-house',
  archetype: 'relationeel',
  contractYears: 4,
  providerCount: 150,
  funding: 'per-traject',
  tariffLevel: 1,
  productCodes: 'weinig',
  budgetSplit: { aanval: 0.08, middenveld, verdediging: Math.round((0.92 - middenveld) * 1000) / 1000 },
  access: 'direct',
  onePlanOneContact: true,
  mandate: 0.6,
  accountability: 'steekproef',
  learningRhythm: 'jaarlijks',
});

export const westBrabantWest = () => {
  const weightSum = members.reduce((s, m) => s + m.weight, 0);
  const youths = members.map((m) => Math.round((TOTAL_YOUTH * m.weight) / weightSum));
  youths[0] += TOTAL_YOUTH - youths.reduce((a, b) => a + b, 0);
  return scenario({
    id: 'west-brabant-west',
    name: 'West-Brabant West: Zorg voor Jeugd (inspired by)',
    region: { id: AREA, name: 'West-Brabant West', decisions: { jointContracting: true } },
    areaNames: { [AREA]: 'West-Brabant West' },
    municipalities: members.map((m, i) =>
      municipality({
        id: m.id,
        name: m.name,
        youth: youths[i],
        area: AREA,
        decisions: decisionsFor(m.middenveld),
      }),
    ),
    description: [
      'Inspired by the Zorg voor Jeugd system of West-Brabant West (003:247-409): nine municipalities with',
      'about 65,000 youths, 7,000 of them in youth care, about 100 registered youth professionals and over',
      '150 providers contracted through open house (003:273-281). The family plan made with the youth',
      'professional is the referral, without a beschikking (003:284-297): direct access, one plan and one',
      'contact. Families are linked to one of nine client profiles and choose a provider within it',
      '(003:308-313): few product codes, funding per trajectory. A regional team buys, manages contracts and',
      'monitors for all nine (003:266-269, 003:336-340): joint contracting; its dashboard serves learning,',
      'not settling accounts (003:1158-1198). Each municipality sets its own number of youth professionals',
      '(003:320-322), so the middenveld share differs; together they fund about 100 (003:277-278).',
      'Municipality names and sizes are fictional; contract',
      'length and shares are assumptions.',
    ].join(' '),
  });
};

import type { DecisionsInput } from '../../engine/scenario/decisions.ts';
import type { ScenarioInput } from '../../engine/scenario/scenario-schema.ts';
import { municipality, scenario } from './common.ts';
import { npmTypisch } from './npm-typisch.ts';
import { ossProeftuin } from './oss-proeftuin.ts';
import { peelEnMaasHendig } from './peel-en-maas-hendig.ts';
import { veendamJep } from './veendam-jep.ts';

const AREA = 'veenland';

/** The decisions of a single-municipality preset: each member starts from one of the presets' policies. */
const policyOf = (preset: () => ScenarioInput): DecisionsInput => preset().municipalities[0]?.decisions ?? {};

/**
 * Fictional municipalities; sizes and risk profiles are assumptions chosen so that teams differ in size and
 * need, as the municipalities of a real care region do. Policies that contract one or a few partners
 * (hollands-kroon, utrecht) are left out: in a shared market of 40 providers sized for the whole area, one
 * partner would be a small provider, and the long waits would be an artefact of sizing, not of the policy.
 */
const members = [
  { id: 'marktstad', name: 'Marktstad', youth: 16_000, risk: 1.1, policy: npmTypisch },
  { id: 'zandwijk', name: 'Zandwijk', youth: 8_000, risk: 1.2, policy: npmTypisch },
  { id: 'veendorp', name: 'Veendorp', youth: 6_000, risk: 1.05, policy: veendamJep },
  { id: 'maasheuvel', name: 'Maasheuvel', youth: 11_000, risk: 0.95, policy: peelEnMaasHendig },
  { id: 'ruwaarde', name: 'Ruwaarde', youth: 5_000, risk: 1.15, policy: ossProeftuin },
] as const;

/** A classroom region (GAME.md section 10, `regio-*`): five neighbours, four ways of steering, one care market. */
export const regioVeenland = (): ScenarioInput =>
  scenario({
    id: 'regio-veenland',
    name: 'Regio Veenland: four ways of steering in one region (classroom)',
    region: { id: AREA, name: 'Veenland' },
    areaNames: { [AREA]: 'Veenland' },
    municipalities: members.map((m) =>
      municipality({
        id: m.id,
        name: m.name,
        youth: m.youth,
        risk: m.risk,
        area: AREA,
        decisions: policyOf(m.policy),
      }),
    ),
    description: [
      'A fictional region for classroom play (GAME.md section 10): five neighbouring municipalities share one',
      'market of providers, and each starts from the policy of a single-municipality preset: Marktstad and',
      'Zandwijk from npm-typisch (price tenders, many providers, product codes, tight control), Veendorp from',
      'veendam-jep (004:329-351), Maasheuvel from peel-en-maas-hendig (004:353-386) and Ruwaarde from',
      'oss-proeftuin (004:390-408). No regional agreements at the start: joint contracting, placement',
      'coordination and a development fund are for the teams to agree on. Names, sizes and risk profiles are',
      'assumptions.',
    ].join(' '),
  });

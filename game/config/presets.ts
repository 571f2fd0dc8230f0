import { parseScenario, type Scenario, type ScenarioInput } from '../../engine/index.ts';
import { hollandsKroon } from '../../scenarios/presets/hollands-kroon.ts';
import { nederland } from '../../scenarios/presets/nederland.ts';
import { npmTypisch } from '../../scenarios/presets/npm-typisch.ts';
import { ossProeftuin } from '../../scenarios/presets/oss-proeftuin.ts';
import { peelEnMaasHendig } from '../../scenarios/presets/peel-en-maas-hendig.ts';
import { utrecht } from '../../scenarios/presets/utrecht.ts';
import { veendamJep } from '../../scenarios/presets/veendam-jep.ts';
import { westBrabantWest } from '../../scenarios/presets/west-brabant-west.ts';

/**
 * The presets by id. The game builds them with the same pure builders that generate scenarios/<id>.json
 * (scenarios/presets.test.ts keeps file and builder equal), so a config can name a preset without any file IO.
 */
const builders = {
  'npm-typisch': npmTypisch,
  'veendam-jep': veendamJep,
  'peel-en-maas-hendig': peelEnMaasHendig,
  'oss-proeftuin': ossProeftuin,
  'west-brabant-west': westBrabantWest,
  'hollands-kroon': hollandsKroon,
  utrecht,
  nederland,
} as const satisfies Record<string, () => ScenarioInput>;

export type PresetId = keyof typeof builders;
export const presetIds = Object.keys(builders) as [PresetId, ...PresetId[]];

export const presetScenario = (id: PresetId): Scenario => {
  const result = parseScenario(builders[id]());
  if (!result.ok) throw new Error(`preset ${id} does not parse: ${JSON.stringify(result.issues)}`);
  return result.scenario;
};

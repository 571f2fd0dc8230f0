import type { ScenarioInput } from '../../engine/scenario/scenario-schema.ts';
import { hollandsKroon } from './hollands-kroon.ts';
import { nederland } from './nederland.ts';
import { npmTypisch } from './npm-typisch.ts';
import { ossProeftuin } from './oss-proeftuin.ts';
import { peelEnMaasHendig } from './peel-en-maas-hendig.ts';
import { regioVeenland } from './regio-veenland.ts';
import { utrecht } from './utrecht.ts';
import { veendamJep } from './veendam-jep.ts';
import { westBrabantWest } from './west-brabant-west.ts';

/**
 * Every preset's pure builder by id: the one list that scenarios/generate.ts writes to JSON and the game
 * builds sessions from without file IO.
 */
export const presetBuilders = {
  'npm-typisch': npmTypisch,
  'veendam-jep': veendamJep,
  'peel-en-maas-hendig': peelEnMaasHendig,
  'oss-proeftuin': ossProeftuin,
  'west-brabant-west': westBrabantWest,
  'hollands-kroon': hollandsKroon,
  utrecht,
  nederland,
  'regio-veenland': regioVeenland,
} as const satisfies Record<string, () => ScenarioInput>;

export type PresetId = keyof typeof presetBuilders;
export const presetIds = Object.keys(presetBuilders) as [PresetId, ...PresetId[]];

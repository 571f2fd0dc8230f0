import { parseScenario, type Scenario } from '../../engine/index.ts';
import { type PresetId, presetBuilders, presetIds } from '../../scenarios/presets/index.ts';

/**
 * The presets are built with the same pure builders that generate scenarios/<id>.json (scenarios/presets.test.ts
 * keeps file and builder equal), so a config can name a preset without any file IO.
 */
export { type PresetId, presetIds };

export const presetScenario = (id: PresetId): Scenario => {
  const result = parseScenario(presetBuilders[id]());
  if (!result.ok) throw new Error(`preset ${id} does not parse: ${JSON.stringify(result.issues)}`);
  return result.scenario;
};

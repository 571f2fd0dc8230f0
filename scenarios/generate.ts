/**
 * Writes the scenario presets to scenarios/<id>.json. Deterministic: running it twice gives the same files.
 * Run with `npm run scenarios:generate`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type ScenarioInput } from '../engine/scenario/scenario-schema.ts';
import { presetBuilders as builders, type PresetId, presetIds } from './presets/index.ts';

export { type PresetId, presetIds };

/** Every preset as scenario input (defaults left out), validated against the schema; throws if invalid. */
export const generatePresets = (): Record<PresetId, ScenarioInput> => {
  const out = {} as Record<PresetId, ScenarioInput>;
  for (const id of presetIds) {
    const input = builders[id]();
    if (input.id !== id) throw new Error(`preset ${id} has id "${input.id}"`);
    const result = parseScenario(input);
    if (!result.ok) {
      const issues = result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
      throw new Error(`preset ${id} is not a valid scenario:\n${issues}`);
    }
    out[id] = input;
  }
  return out;
};

export const scenariosDir = dirname(fileURLToPath(import.meta.url));

export const presetJson = (input: ScenarioInput): string => `${JSON.stringify(input, null, 2)}\n`;

const main = (): void => {
  for (const [id, input] of Object.entries(generatePresets())) {
    const file = join(scenariosDir, `${id}.json`);
    writeFileSync(file, presetJson(input));
    console.log(`wrote ${file}`);
  }
};

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();

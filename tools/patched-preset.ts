import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../engine/index.ts';

/**
 * A preset from scenarios/, with an optional JSON patch file laid over it (its top-level keys replace the
 * preset's, its `parameters` are merged): how the diagnostic tools try a change without editing a preset.
 */
export const patchedPreset = (id: string, patchFile?: string): Scenario => {
  const raw = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'));
  const patch = patchFile ? JSON.parse(readFileSync(patchFile, 'utf8')) : {};
  const parsed = parseScenario({ ...raw, ...patch, parameters: { ...raw.parameters, ...patch.parameters } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
};

import type { ScenarioInput } from '../../../engine/index.ts';

// The preset files, each loaded only when picked. `nederland` (4.3 million youths) is for the CLI, not a browser.
const files = import.meta.glob<ScenarioInput>(
  ['../../../scenarios/*.json', '!../../../scenarios/nederland.json'],
  { import: 'default' },
);
const idOf = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');

export const defaultPreset = 'npm-typisch';
export const verkennerPresets = Object.keys(files)
  .map(idOf)
  .filter((id) => id !== 'nederland')
  .sort((a, b) => (a === defaultPreset ? -1 : b === defaultPreset ? 1 : a.localeCompare(b)));

export const loadPresetData = (id: string): Promise<ScenarioInput> => {
  const load = Object.entries(files).find(([path]) => idOf(path) === id)?.[1];
  return load ? load() : Promise.reject(new Error(`no preset ${id}`));
};

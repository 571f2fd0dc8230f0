import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Presets live next to this file, so lookup works whatever the caller's working directory is. */
export const presetsDir = fileURLToPath(new URL('.', import.meta.url));

// Same shape as scenario ids; also keeps "../x" from escaping the presets directory.
const presetIdPattern = /^[a-z0-9][a-z0-9-]*$/;

export type PresetSummary = { id: string; name: string };

/** Ids of all presets (scenarios/<id>.json), sorted. */
export const listPresetIds = async (dir: string = presetsDir): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name.slice(0, -'.json'.length))
    .filter((id) => presetIdPattern.test(id))
    .sort();
};

/** Path of the preset file, or undefined when no preset has this id. */
export const findPresetPath = async (id: string, dir: string = presetsDir): Promise<string | undefined> => {
  if (!presetIdPattern.test(id)) return undefined;
  const ids = await listPresetIds(dir);
  return ids.includes(id) ? join(dir, `${id}.json`) : undefined;
};

/** Ids with the `name` field of each preset; a broken file still shows up so it gets noticed. */
export const listPresets = async (dir: string = presetsDir): Promise<PresetSummary[]> => {
  const ids = await listPresetIds(dir);
  return Promise.all(
    ids.map(async (id) => {
      try {
        const data: unknown = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
        const name =
          typeof data === 'object' && data !== null && 'name' in data && typeof data.name === 'string'
            ? data.name
            : '(no name)';
        return { id, name };
      } catch {
        return { id, name: '(unreadable JSON)' };
      }
    }),
  );
};

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Scenario, ScenarioIssue } from '../../engine/index.ts';
import { findPresetPath, listPresetIds, presetsDir } from '../../scenarios/load-preset.ts';
import { locateJsonError } from './json-error-location.ts';

export type ParseScenario = (
  data: unknown,
) => { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export type LoadScenarioResult =
  | { ok: true; scenario: Scenario; source: string }
  | { ok: false; problems: string[] };

export type LoadScenarioDeps = { parseScenario: ParseScenario; presetsDir?: string; cwd?: string };

// Anything that looks like a path is read as a file; a bare word is a preset id first.
const looksLikePath = (ref: string) => /[/\\]/.test(ref) || ref.toLowerCase().endsWith('.json');

/** Turns `--scenario` (preset id or JSON file) into a parsed scenario, or a list of readable problems. */
export const loadScenario = async (ref: string, deps: LoadScenarioDeps): Promise<LoadScenarioResult> => {
  const dir = deps.presetsDir ?? presetsDir;
  let file: string;
  // Messages name the scenario as the user typed it; only "not found" needs the resolved path.
  const label = looksLikePath(ref) ? ref : `preset ${ref}`;
  if (looksLikePath(ref)) {
    file = resolve(deps.cwd ?? process.cwd(), ref);
  } else {
    const preset = await findPresetPath(ref, dir);
    if (!preset) {
      const ids = await listPresetIds(dir).catch(() => []);
      const available = ids.length > 0 ? ids.join(', ') : '(none found)';
      return {
        ok: false,
        problems: [
          `--scenario: unknown preset "${ref}"; available presets: ${available} (or give a .json path)`,
        ],
      };
    }
    file = preset;
  }

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : String(e);
    return { ok: false, problems: [`--scenario: ${reason}: ${file}`] };
  }

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows like to add a BOM
  } catch (e) {
    const where = locateJsonError(text.replace(/^\uFEFF/, ''));
    const at = where
      ? ` at line ${where.line}, column ${where.column}: ${where.reason}`
      : `: ${(e as Error).message}`;
    return { ok: false, problems: [`${label}: malformed JSON${at}`] };
  }

  const parsed = deps.parseScenario(data);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((i) => `${label}: ${i.path}: ${i.message}`) };
  }
  return { ok: true, scenario: parsed.scenario, source: file };
};

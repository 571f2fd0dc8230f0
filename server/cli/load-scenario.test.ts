import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The schema module directly: engine/index.ts also pulls in the (possibly unfinished) simulation.
import { parseScenario } from '../../engine/scenario/scenario-schema.ts';
import { loadScenario } from './load-scenario.ts';
import { smallScenario, withTempDir } from './test-support/fixtures.ts';

const problemsFor = async (dir: string, ref: string) => {
  const r = await loadScenario(ref, { parseScenario, presetsDir: join(dir, 'presets'), cwd: dir });
  return r.ok ? [] : r.problems;
};

const setup = async (dir: string) => {
  await mkdir(join(dir, 'presets'));
  await writeFile(join(dir, 'presets', 'utrecht.json'), JSON.stringify(smallScenario()));
  await writeFile(join(dir, 'presets', 'klein-dorp.json'), JSON.stringify(smallScenario()));
};

describe('loadScenario', () => {
  it('loads a preset by id and a file by path', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      await writeFile(join(dir, 'mine.json'), JSON.stringify(smallScenario()));
      const preset = await loadScenario('utrecht', { parseScenario, presetsDir: join(dir, 'presets') });
      expect(preset.ok && preset.scenario.municipalities[0].id).toBe('dorp');
      const file = await loadScenario('mine.json', { parseScenario, cwd: dir });
      expect(file.ok && file.scenario.warmupWeeks).toBe(0);
    }));

  it('lists the available presets for an unknown id', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      const [problem] = await problemsFor(dir, 'amsterdam');
      expect(problem).toContain('unknown preset "amsterdam"');
      expect(problem).toContain('klein-dorp, utrecht');
    }));

  it('does not let a preset id escape the presets directory', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      expect((await problemsFor(dir, '..'))[0]).toContain('unknown preset');
    }));

  it('reports a missing file with its full path', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      expect(await problemsFor(dir, 'nope.json')).toEqual([
        `--scenario: file not found: ${join(dir, 'nope.json')}`,
      ]);
    }));

  it('says where malformed JSON goes wrong', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      await writeFile(join(dir, 'bad.json'), '{\n  "id": "x",\n  "name": "y",\n]');
      const [problem] = await problemsFor(dir, 'bad.json');
      expect(problem).toContain('bad.json: malformed JSON at line 4, column 1');
    }));

  it('lists every schema problem with its JSON path', () =>
    withTempDir(async (dir) => {
      await setup(dir);
      const scenario = smallScenario();
      const broken = {
        ...scenario,
        municipalities: [{ ...scenario.municipalities[0], youth: -5 }],
        providers: [{ ...scenario.providers[0], type: 'ziekenhuis' }],
      };
      await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
      const problems = await problemsFor(dir, 'broken.json');
      expect(problems).toHaveLength(2);
      expect(problems.some((p) => p.startsWith('broken.json: $.municipalities[0].youth: '))).toBe(true);
      expect(problems.some((p) => p.startsWith('broken.json: $.providers[0].type: '))).toBe(true);
    }));
});

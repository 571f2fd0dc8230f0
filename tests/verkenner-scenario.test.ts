import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/index.ts';
import { tinyScenario } from '../game/test-support/tiny-game.ts';
import { runSimulateCommand } from '../server/cli/simulate-command.ts';
import { captureStream, withTempDir } from '../server/cli/test-support/fixtures.ts';
import {
  type Created,
  get,
  joinSession,
  post,
  setup,
} from '../server/sessions/test-support/session-routes-harness.ts';
import {
  createSessionBody,
  defaultCreateForm,
  readScenarioFile,
} from '../web/src/facilitator/create-session-vm.ts';
import { scenarioFileText } from '../web/src/verkenner/exports.ts';

const setting = {
  decisions: { access: 'direct' as const, mandate: 0.8, tariffLevel: 1.1 },
  regional: { jointContracting: true },
};

const savedFile = () => {
  const parsed = parseScenario(tinyScenario());
  if (!parsed.ok) throw new Error('fixture');
  return scenarioFileText(parsed.scenario, setting);
};

// A verkenner "save as scenario" file goes through the same schema in simulate and in a new session.
describe('[needs engine] a scenario saved in the verkenner', () => {
  it('runs with simulate --scenario, every municipality starting from the setting', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'kleinland-verkenner-scenario.json');
      await writeFile(file, savedFile());
      const stderr = captureStream();
      const code = await runSimulateCommand(
        { scenario: file, years: '1', out: join(dir, 'report.json') },
        { stdout: captureStream(), stderr, isTTY: false },
        { cwd: dir },
      );
      expect(code, stderr.text()).toBe(0);
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
      expect(report.scenario).toBe('kleinland-verkenner');
      const parsed = parseScenario(JSON.parse(savedFile()));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      for (const m of parsed.scenario.municipalities) expect(m.decisions).toMatchObject(setting.decisions);
      expect(parsed.scenario.region.decisions.jointContracting).toBe(true);
    }));

  it('starts a class from the create form, and a broken file is refused with its JSON paths', async () => {
    const { app } = await setup();
    const read = readScenarioFile('kleinland-verkenner-scenario.json', savedFile());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const form = {
      ...defaultCreateForm('nl' as const),
      scenarioFile: read.file,
      municipalities: 2,
      rounds: 4,
    };
    const res = await post(app, '/api/sessions', createSessionBody(form));
    expect(res.statusCode, res.body).toBe(201);
    const created: Created = res.json();
    // A student's team starts with the saved setting in force.
    const seat = await joinSession(app, created.joinCode, {
      displayName: 'Ana',
      municipalityId: 'oostdal',
      role: 'wethouder',
    });
    const view = (await get(app, `/api/sessions/${created.sessionId}/view`, seat.seatToken)).json();
    expect(view.view.team.decisions).toMatchObject(setting.decisions);

    const broken = JSON.parse(savedFile());
    broken.municipalities[0].decisions.mandate = 3;
    const bad = readScenarioFile('kapot.json', JSON.stringify(broken));
    if (!bad.ok) throw new Error('readable');
    const refused = await post(app, '/api/sessions', createSessionBody({ ...form, scenarioFile: bad.file }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'scenario.municipalities.0.decisions.mandate' }),
      ]),
    );
    expect(readScenarioFile('x.json', '{ nee')).toEqual({
      ok: false,
      error: 'facilitator.scenarioFileMalformed',
    });
    expect(readScenarioFile('x.json', '[]')).toEqual({
      ok: false,
      error: 'facilitator.scenarioFileNotScenario',
    });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { exportSession, type SessionExport } from '../sessions/session-export.ts';
import { createSessionHub } from '../sessions/session-hub.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { runReplayCommand } from './replay-command.ts';
import { withTempDir } from './test-support/fixtures.ts';

const facilitator = { kind: 'facilitator' } as const;

/** A session played through the hub: two students, round 1 resolved with a submission, round 2 begun. */
const playedExport = async (): Promise<SessionExport> => {
  const store = createMemoryStore();
  let now = 1_770_000_000_000;
  // Every action a second after the one before.
  const clock = () => {
    now += 1000;
    return now;
  };
  const hub = createSessionHub({ store, clock, newSeed: () => 11 });
  const noTimers = { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 };
  const { record } = await hub.create(tinyConfig({ roundTimerSeconds: noTimers }) as Record<string, unknown>);
  const id = record.id;
  const ana = await hub.join(id, { displayName: 'Ana', municipalityId: 'oostdal', role: 'wethouder' });
  await hub.join(id, { displayName: 'Bo', municipalityId: 'westerveen' });
  await hub.dispatch(id, facilitator, { type: 'start-session' });
  await hub.dispatch(id, facilitator, { type: 'advance-phase' });
  await hub.dispatch(
    id,
    { kind: 'seat', seatId: ana.seatId },
    { type: 'submit-decisions', changes: { tariffLevel: 1.1, mandate: 0.55 } },
  );
  for (let i = 0; i < 3; i++) await hub.dispatch(id, facilitator, { type: 'advance-phase' });
  const { record: current, state } = await hub.current(id);
  // Through JSON, as the HTTP route sends it and a teacher saves it.
  return JSON.parse(JSON.stringify(exportSession(current, await store.readLog(id), state)));
};

const captureWritable = () => {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
};

const replay = async (file: string, options: { round?: string; out?: string } = {}) => {
  const stdout = captureWritable();
  const stderr = captureWritable();
  const code = await runReplayCommand(file, options, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};

describe('runReplayCommand', () => {
  let exported: SessionExport;
  beforeAll(async () => {
    exported = await playedExport();
  });

  const withExport = <T>(content: unknown, fn: (file: string, dir: string) => Promise<T>) =>
    withTempDir(async (dir) => {
      const file = join(dir, 'export.json');
      await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
      return fn(file, dir);
    });

  it('replays an export and says it matches its recorded results (exit 0)', () =>
    withExport(exported, async (file) => {
      expect(exported.results.rounds).toHaveLength(1);
      const r = await replay(file);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`${exported.log.length} actions replayed, 1 rounds resolved`);
      expect(r.stdout).toContain('replay matches the recorded results');
    }));

  it('exits 1 when the recorded rounds were tampered with', () => {
    const tampered = structuredClone(exported);
    const oostdal = tampered.results.rounds[0]?.teams.oostdal;
    if (!oostdal) throw new Error('round 1 has no Oostdal');
    oostdal.applied.tariffLevel = 1.3;
    return withExport(tampered, async (file) => {
      const r = await replay(file);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('DIFFERS FROM');
    });
  });

  it('exits 1 when a recorded round was dropped', () =>
    withExport({ ...exported, results: { ...exported.results, rounds: [] } }, async (file) => {
      expect((await replay(file)).code).toBe(1);
    }));

  it('exits 2 with the problems for a file that is not a session export', () =>
    withExport({ scenario: 'npm-typisch', years: 3 }, async (file) => {
      const r = await replay(file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('is not a session export');
      expect(r.stderr).toContain('format');
      expect(r.stderr).toContain('log');
    }));

  it('exits 2 for bad JSON and for a missing file', () =>
    withExport('{"format": "monopolycentrisme-session/1", ', async (file, dir) => {
      const bad = await replay(file);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/^error: cannot read .*export\.json: /);
      const missing = await replay(join(dir, 'nergens.json'));
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('cannot read');
    }));

  it('prints the facilitator view right after round 1 as JSON with --round 1', () =>
    withExport(exported, async (file) => {
      const r = await replay(file, { round: '1' });
      expect(r.code).toBe(0);
      const printed = JSON.parse(r.stdout);
      expect(printed).toMatchObject({
        round: 1,
        view: { kind: 'facilitator', session: { round: 1, phase: 'doorrekenen' } },
      });
      expect(printed.view.rounds).toHaveLength(1);
      expect(printed.view.rounds[0].teams).toEqual(exported.results.rounds[0]?.teams);
      // The log entry at `seq` is the one that resolved the round.
      expect(exported.log.find((e) => e.seq === printed.seq)?.action).toMatchObject({
        type: 'advance-phase',
      });
      const lobby = JSON.parse((await replay(file, { round: '0' })).stdout);
      expect(lobby).toMatchObject({ round: 0, seq: 0, view: { session: { status: 'lobby' } } });
    }));

  it('writes the --round JSON to --out instead of stdout', () =>
    withExport(exported, async (file, dir) => {
      const out = join(dir, 'round-1.json');
      const r = await replay(file, { round: '1', out });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
        round: 1,
        view: { kind: 'facilitator' },
      });
    }));

  it('exits 2 for a --round that is not a whole number from 0 to 10', () =>
    withExport(exported, async (file) => {
      for (const round of ['abc', '11', '1.5']) {
        const r = await replay(file, { round });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--round');
      }
    }));
});

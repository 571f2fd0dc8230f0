import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuild } from '../bin/cli-build.js';

// The compiled CLI (bin/cli-build.js) on a small project of its own: what it bundles, when it counts as stale,
// and that a module still finds the files next to its source through import.meta.url.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const project = () => {
  const root = mkdtempSync(join(tmpdir(), 'cli-build-'));
  dirs.push(root);
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  writeFileSync(join(root, 'src', 'data', 'note.txt'), 'next to the source');
  writeFileSync(
    join(root, 'src', 'lib.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "export const note = (): string => readFileSync(new URL('./data/note.txt', import.meta.url), 'utf8');",
      "export const word: string = 'one';",
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src', 'main.ts'),
    [
      "import { note, word } from './lib.ts';",
      "console.log(word + '|' + note());",
      "const later = await import('./later.ts');",
      'console.log(later.value);',
    ].join('\n'),
  );
  writeFileSync(join(root, 'src', 'later.ts'), 'export const value: number = 42;');
  const outDir = join(root, 'out');
  const build = createBuild({ root, outDir, entryPoints: { main: join(root, 'src', 'main.ts') } });
  const run = () => spawnSync(process.execPath, [join(outDir, 'main.js')], { encoding: 'utf8' });
  return { root, outDir, build, run };
};

/** Marks a file as edited after the build (a few milliseconds later, so the clock has surely moved on). */
const touchLater = async (file: string) => {
  await new Promise((done) => setTimeout(done, 5));
  const now = new Date();
  utimesSync(file, now, now);
};

describe('compiled CLI build', () => {
  it('bundles the entry, keeps import.meta.url pointing at each source, and loads lazy imports', async () => {
    const p = project();
    expect(p.build.isStale()).toBe(true);
    await p.build.build();
    const out = p.run();
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe('one|next to the source\n42\n');
    // The lazily imported module is its own chunk, loaded only when the import runs.
    expect(readdirSync(p.outDir).filter((f) => f.startsWith('chunk-') && f.endsWith('.js')).length).toBe(1);
  });

  it('is fresh after a build and stale when a source is edited or removed', async () => {
    const p = project();
    await p.build.build();
    expect(p.build.isStale()).toBe(false);
    await touchLater(join(p.root, 'src', 'later.ts'));
    expect(p.build.isStale()).toBe(true);
    expect(await p.build.ensure()).toBe(true);
    expect(p.build.isStale()).toBe(false);
    expect(await p.build.ensure()).toBe(false);
    unlinkSync(join(p.root, 'src', 'later.ts'));
    expect(p.build.isStale()).toBe(true);
  });

  it('runs the edited code after ensure, and leaves no files of the older build', async () => {
    const p = project();
    await p.build.build();
    const before = readdirSync(p.outDir).sort();
    writeFileSync(join(p.root, 'src', 'later.ts'), 'export const value: number = 43;');
    await touchLater(join(p.root, 'src', 'later.ts'));
    await p.build.ensure();
    expect(p.run().stdout).toBe('one|next to the source\n43\n');
    const after = readdirSync(p.outDir).sort();
    expect(after).not.toEqual(before);
    expect(after.length).toBe(before.length);
  });

  it('is stale when an extra input (the build script, package.json) changes', async () => {
    const p = project();
    const extra = join(p.root, 'package.json');
    writeFileSync(extra, '{}');
    const build = createBuild({
      root: p.root,
      outDir: p.outDir,
      entryPoints: { main: join(p.root, 'src', 'main.ts') },
      alwaysInputs: [extra],
    });
    await build.build();
    expect(build.isStale()).toBe(false);
    await touchLater(extra);
    expect(build.isStale()).toBe(true);
  });

  it("leaves import.meta.url as the bundle's own in a module marked to find another entry of the build", async () => {
    const p = project();
    writeFileSync(
      join(p.root, 'src', 'finder.ts'),
      [
        '// cli-build: keep import.meta.url',
        "export const sibling = (): string => new URL('./other.js', import.meta.url).pathname;",
      ].join('\n'),
    );
    writeFileSync(
      join(p.root, 'src', 'entry.ts'),
      "import { note } from './lib.ts';\nimport { sibling } from './finder.ts';\nconsole.log(sibling() + '|' + note());",
    );
    const build = createBuild({
      root: p.root,
      outDir: p.outDir,
      entryPoints: { entry: join(p.root, 'src', 'entry.ts') },
    });
    await build.build();
    const out = spawnSync(process.execPath, [join(p.outDir, 'entry.js')], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    // The marked module points into the output folder; the unmarked one still at its source's folder.
    expect(out.stdout).toBe(`${join(p.outDir, 'other.js')}|next to the source\n`);
  });

  it('survives two builds at once (two CLI starts on a stale build) and produces a working CLI', async () => {
    const p = project();
    await Promise.all([p.build.build(), p.build.build()]);
    expect(p.run().stdout).toBe('one|next to the source\n42\n');
    expect(readdirSync(p.outDir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});

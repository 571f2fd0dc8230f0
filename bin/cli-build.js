#!/usr/bin/env node
// Compiled build of the command line (and the server it starts): esbuild bundles server/cli/main.ts and what it
// imports from this repository into dist/cli/ (ES modules, one file per lazily loaded command), so starting the
// CLI costs no TypeScript loading. Packages in node_modules stay external and load as usual.
//
// dist/cli/build-info.json lists every source file the build read; the build is stale when one of them (or this
// file, or package.json) is newer than the build, or is gone. bin/monopolycentrisme.js checks that on every
// start (a stat per source file, about a millisecond) and rebuilds first when stale, so the CLI never runs
// code older than its sources, also in a fresh clone and in tests that spawn it.
//
// `node bin/cli-build.js` builds when stale; `--force` always builds.
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE_URL_MARK = '// cli-build: keep import.meta.url';

/** Writes a file under a temporary name and renames it, so a concurrent start never reads half a file. */
const writeAtomic = (file, contents) => {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
};

const mtimeOrNull = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

/**
 * A build of `entryPoints` (name -> source file under `root`) into `outDir`. `alwaysInputs` are files besides
 * the bundled sources whose change makes the build stale.
 */
export const createBuild = ({ root: buildRoot, outDir, entryPoints, alwaysInputs = [] }) => {
  const infoFile = join(outDir, 'build-info.json');
  const entryFiles = Object.keys(entryPoints).map((name) => join(outDir, `${name}.js`));

  /** True when the build is missing, incomplete, or older than one of the files it was built from. */
  const isStale = () => {
    let info;
    try {
      info = JSON.parse(readFileSync(infoFile, 'utf8'));
    } catch {
      return true;
    }
    if (typeof info?.startedAt !== 'number' || !Array.isArray(info.inputs)) return true;
    if (entryFiles.some((f) => mtimeOrNull(f) === null)) return true;
    for (const input of [...info.inputs.map((f) => join(buildRoot, f)), ...alwaysInputs]) {
      const mtime = mtimeOrNull(input);
      if (mtime === null || mtime > info.startedAt) return true;
    }
    return false;
  };

  /**
   * Modules that find files next to themselves (presets, web/dist, package.json) use `import.meta.url`; in a
   * bundle that would be the bundle's own URL, so each source's `import.meta.url` is rewritten to its original
   * file's URL, written relative to the output folder so the checkout can move. A module that wants the
   * bundle's own URL (to find another entry of the build, such as a worker) starts with the line
   * `// cli-build: keep import.meta.url`.
   */
  const keepImportMetaUrl = {
    name: 'keep-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url') || source.startsWith(BUNDLE_URL_MARK)) {
          return { contents: source, loader: 'ts' };
        }
        const rel = relative(outDir, args.path).split('\\').join('/');
        const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };

  /** Builds. Chunks carry a content hash in their name and are written before the entries that import them. */
  const build = async () => {
    // Loaded only here: a start with a fresh build does not pay for loading esbuild.
    const esbuild = await import('esbuild');
    const startedAt = Date.now();
    const result = await esbuild.build({
      absWorkingDir: buildRoot,
      entryPoints,
      outdir: outDir,
      entryNames: '[name]',
      chunkNames: 'chunk-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      metafile: true,
      write: false,
      logLevel: 'warning',
      plugins: [keepImportMetaUrl],
    });
    const isEntry = (path) => entryFiles.some((f) => path.startsWith(f));
    const files = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
    for (const f of files) writeAtomic(f.path, f.contents);
    // Files of older builds (chunks whose hash changed) are removed; the current ones were just written.
    const current = new Set([...files.map((f) => f.path), infoFile]);
    for (const name of readdirSync(outDir)) {
      const path = join(outDir, name);
      if (!current.has(path) && !name.endsWith('.tmp')) {
        try {
          unlinkSync(path);
        } catch {
          // Another build removed it first.
        }
      }
    }
    const inputs = Object.keys(result.metafile.inputs)
      .filter((f) => !f.startsWith('node_modules/'))
      .sort();
    writeAtomic(infoFile, `${JSON.stringify({ startedAt, esbuild: esbuild.version, inputs }, null, 2)}\n`);
    return { ms: Date.now() - startedAt, inputs: inputs.length };
  };

  /** Builds when stale; returns whether it built. */
  const ensure = async () => {
    if (!isStale()) return false;
    await build();
    return true;
  };

  return { isStale, build, ensure };
};

export const cliOutDir = join(root, 'dist', 'cli');
export const cliEntry = join(cliOutDir, 'main.js');
export const cliEntryUrl = pathToFileURL(cliEntry).href;

/**
 * The CLI (server/cli/main.ts and all it loads, the server and the engine included) into dist/cli, with the
 * area shards' worker (`shard-worker.js`, found by shard-pool.ts beside its bundle) and the shard pool as an
 * entry of its own (`shard-pool.js`, which the national benchmark runs).
 */
export const cliBuild = createBuild({
  root,
  outDir: cliOutDir,
  entryPoints: {
    main: join(root, 'server', 'cli', 'main.ts'),
    'shard-worker': join(root, 'server', 'cli', 'shards', 'shard-worker-run.ts'),
    'shard-pool': join(root, 'server', 'cli', 'shards', 'shard-pool.ts'),
  },
  alwaysInputs: [fileURLToPath(import.meta.url), join(root, 'package.json')],
});

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  if (force || cliBuild.isStale()) {
    const { ms, inputs } = await cliBuild.build();
    process.stderr.write(`built ${relative(process.cwd(), cliEntry)} from ${inputs} sources in ${ms} ms\n`);
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const webSrc = new URL('../web/src/', import.meta.url).pathname;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const bundled = files(webSrc).filter((f) => !f.endsWith('.test.ts') && !f.includes('/test-support/'));

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
const locale = (l: string) => JSON.parse(readFileSync(join(webSrc, 'locales', `${l}.json`), 'utf8')) as Tree;

describe('web client boundaries', () => {
  it('imports game and engine code as types only, so the browser bundle carries none of it', () => {
    for (const file of bundled.filter((f) => !f.includes('/verkenner/'))) {
      const runtime = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /^import (?!type )/.test(l) && /(game|engine)\//.test(l));
      expect(runtime, file).toEqual([]);
    }
  });

  // The verkenner runs the engine in the browser: only its worker imports the engine, and the page itself
  // imports only the small pure game modules it shares with `batch` (game/explorer) and the role table.
  it('loads the engine only in the verkenner worker', () => {
    for (const file of bundled.filter((f) => f.includes('/verkenner/'))) {
      const runtime = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => /^import (?!type )/.test(l) && /(game|engine)\//.test(l));
      const allowed = (l: string) =>
        /game\/explorer\/|game\/model\/roles\.ts/.test(l) ||
        (file.endsWith('engine.worker.ts') && /engine\/index\.ts/.test(l));
      expect(
        runtime.filter((l) => !allowed(l)),
        file,
      ).toEqual([]);
    }
  });

  it('has the same keys in Dutch and English', () => {
    const nl = keys(locale('nl')).sort();
    expect(keys(locale('en')).sort()).toEqual(nl);
  });

  it('has every literal translation key it uses', () => {
    const nl = new Set(keys(locale('nl')).map((k) => k.replace(/_(one|other)$/, '')));
    const missing = bundled.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)]
        .map((m) => m[1])
        .filter((k) => k.includes('.') && !nl.has(k))
        .map((k) => `${file}: ${k}`),
    );
    expect(missing).toEqual([]);
  });
});

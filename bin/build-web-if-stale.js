#!/usr/bin/env node
// Builds the web client (web/dist) before `npm start` when it is missing or older than its sources, so a fresh
// checkout serves the client and a restart without changes costs only a directory walk.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const webDir = new URL('../web/', import.meta.url).pathname;
const skip = new Set(['dist', 'node_modules']);

const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

const builtAt = () => {
  try {
    return statSync(join(webDir, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
};

if (builtAt() < newestMtime(webDir)) {
  execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
}

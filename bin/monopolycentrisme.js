#!/usr/bin/env node
// Command-line entry: runs the compiled CLI in dist/cli (bin/cli-build.js), rebuilding it first when a source
// file changed since the last build, so `npx monopolycentrisme` needs no separate build step and loads no
// TypeScript at run time.
import { cliBuild, cliEntryUrl } from './cli-build.js';

await cliBuild.ensure();
await import(cliEntryUrl);

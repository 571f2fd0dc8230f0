#!/usr/bin/env node
// Command-line entry: loads the TypeScript CLI through tsx, so `npx monopolycentrisme` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');

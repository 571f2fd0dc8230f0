#!/usr/bin/env node
import { resolve } from 'node:path';
// Runs a TypeScript entry point through tsx's loader, so sources need no build step.
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const [entry, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(resolve(entry)).href);

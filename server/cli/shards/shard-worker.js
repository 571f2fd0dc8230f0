// Worker-thread entry when the CLI runs from its TypeScript sources (tests, tools): loads TypeScript through tsx
// (workers do not inherit the main thread's loader), then the worker's real code. The compiled CLI runs
// dist/cli/shard-worker.js instead, built from shard-worker-run.ts (bin/cli-build.js).
import { register } from 'tsx/esm/api';

register();
await import('./shard-worker-run.ts');

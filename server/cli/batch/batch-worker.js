// Worker-thread entry: loads TypeScript through tsx (workers do not inherit the main thread's loader), then
// the worker's real code.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker-run.ts');

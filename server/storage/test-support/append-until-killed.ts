// Child process for the crash test in sqlite-store.test.ts: appends actions to a fresh session and prints each
// seq once appendAction has resolved, until the test kills it with SIGKILL (no close, no exit handlers).
import { createSqliteStore } from '../sqlite-store.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: append-until-killed <file>');
const store = createSqliteStore({ file });
await store.createSession({
  id: 'crash',
  joinCode: 'CRASH1',
  facilitatorTokenHash: 'f'.repeat(64),
  createdAt: '2026-01-01T00:00:00.000Z',
  config: { note: 'killed mid-run' },
});
for (let seq = 1; ; seq++) {
  await store.appendAction('crash', seq, { seq, payload: 'x'.repeat(seq % 50) });
  process.stdout.write(`${seq}\n`);
}

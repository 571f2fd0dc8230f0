import { describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { startServer } from '../serve/start-server.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { createLogger } from './create-logger.ts';

// Issue 11, data protection: the server's log (at its most talkative) keeps no tokens and no display names.
const call = async (url: string, method: string, body?: unknown, token?: string) => {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test reads the answers it just asked for
  return { status: res.status, body: (await res.json().catch(() => null)) as any };
};

describe('the server log', () => {
  it('holds no token, rejoin code, host password or display name through a whole session', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'trace', destination: { write: (l: string) => lines.push(l) } });
    const adminToken = 'geheim-beheerderswachtwoord';
    const secrets: string[] = [];
    const server = await startServer({ store: createMemoryStore(), logger, adminToken, webRoot: '/nergens' });
    try {
      const created = await call(`${server.url}/api/sessions`, 'POST', tinyConfig(), adminToken);
      const { sessionId, joinCode, facilitatorToken } = created.body;
      const names = ['Zwaantje Kwartelmans', 'Éowyn <b>Vlierhout</b>'];
      const seats = [];
      for (const displayName of names)
        seats.push((await call(`${server.url}/api/join`, 'POST', { joinCode, displayName })).body);
      secrets.push(facilitatorToken, ...seats.flatMap((s) => [s.seatToken, s.rejoinCode]));
      // Refusals log too: a name too long, a wrong rejoin code, a client-sent rejoin.
      await call(`${server.url}/api/join`, 'POST', { joinCode, displayName: `${names[0]} `.repeat(5) });
      await call(`${server.url}/api/rejoin`, 'POST', { joinCode, rejoinCode: seats[0].rejoinCode });
      await call(`${server.url}/api/rejoin`, 'POST', { joinCode, rejoinCode: 'ZZZZZZZZ' });
      const actions = `${server.url}/api/sessions/${sessionId}/actions`;
      await call(actions, 'POST', { type: 'rejoin', seatToken: seats[1].seatToken }, seats[1].seatToken);
      await call(actions, 'POST', { type: 'start-session' }, facilitatorToken);
      await call(`${server.url}/api/sessions/${sessionId}/export`, 'GET', undefined, facilitatorToken);
      await call(`${server.url}/api/sessions/${sessionId}`, 'DELETE', undefined, facilitatorToken);
    } finally {
      await server.close();
    }
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    expect(text).toContain('incoming request');
    expect(secrets).toHaveLength(5);
    for (const secret of [...secrets, adminToken, 'Zwaantje', 'Kwartelmans', 'Vlierhout', 'Éowyn'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(seatToken|facilitatorToken|rejoinCode)":"(?!\[redacted\])/);
  });
});

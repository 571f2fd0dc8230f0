import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger.ts';

const capture = () => {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => lines.push(line) } };
};

describe('createLogger', () => {
  it('writes JSON lines at or above its level', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.destination });
    logger.debug('hidden');
    logger.info({ port: 3000 }, 'listening');
    expect(out.lines).toHaveLength(1);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({
      level: 30,
      msg: 'listening',
      port: 3000,
      app: 'monopolycentrisme',
    });
  });

  it('never writes tokens or authorization headers', () => {
    const out = capture();
    const logger = createLogger({ destination: out.destination });
    logger.info({ token: 'seat-secret', session: { facilitatorToken: 'master-secret' } }, 'joined');
    logger.info({ req: { headers: { authorization: 'Bearer header-secret' } } }, 'request');
    logger.info({ auth: { sessionId: 's', token: 'handshake-secret' } }, 'handshake');
    const text = out.lines.join('');
    for (const secret of ['seat-secret', 'master-secret', 'header-secret', 'handshake-secret']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});

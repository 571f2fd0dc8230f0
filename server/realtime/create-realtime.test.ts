import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { createTokenBucket } from '../http/token-bucket.ts';
import type { Connection } from './connection.ts';
import { type Envelope, envelopeSchema } from './message-envelope.ts';
import {
  disconnection,
  nextMessage,
  startRealtime,
  type TestPrincipal,
} from './test-support/realtime-harness.ts';

type Harness = Awaited<ReturnType<typeof startRealtime>>;
const running: Harness[] = [];
const start = async (options: Parameters<typeof startRealtime>[0] = {}) => {
  const harness = await startRealtime(options);
  running.push(harness);
  return harness;
};
afterEach(async () => {
  for (const h of running.splice(0)) await h.close();
});

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: {
      message: string;
      data?: { error: { code: string; message: string; issues?: { path: string }[] } };
    }) => e,
  );

describe('createRealtime: handshake', () => {
  it('admits a client that authenticate accepts and tells the hooks who it is', async () => {
    const joined: Connection<TestPrincipal>[] = [];
    const h = await start({ onConnect: (c) => void joined.push(c) });
    await h.join('sessie-1', 'wethouder');
    await expect.poll(() => joined.length).toBe(1);
    expect(joined[0]).toMatchObject({
      sessionId: 'sessie-1',
      principal: { role: 'wethouder' },
      language: 'nl',
    });
    expect(joined[0]?.address).toMatch(/127\.0\.0\.1/);
  });

  it('refuses a malformed handshake with invalid_request and the paths, in the chosen language', async () => {
    const h = await start();
    const nl = await refusalOf(h.connected(h.connect({ sessionId: 'sessie-1' })));
    expect(nl?.message).toBe('invalid_request');
    expect(nl?.data?.error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'token' }] });
    expect(nl?.data?.error.message).toBe('Het verzoek klopt niet; zie de genoemde velden.');
    const en = await refusalOf(
      h.connected(h.connect({ sessionId: 's', token: 1 }, { headers: { 'accept-language': 'en' } })),
    );
    expect(en?.data?.error.message).toBe('The request is not valid; see the listed fields.');
    const chosen = await refusalOf(h.connected(h.connect({ sessionId: 's', token: 'nope', language: 'en' })));
    expect(chosen?.data?.error).toEqual({
      code: 'forbidden',
      message: 'This token does not give access to this session.',
    });
  });

  it('passes on an AppError thrown by authenticate and hides other failures', async () => {
    let failure: unknown = new AppError('session_not_found');
    const h = await start({
      authenticate: () => {
        throw failure;
      },
    });
    const missing = await refusalOf(h.join('weg', 'wethouder'));
    expect(missing?.data?.error.code).toBe('session_not_found');
    failure = new Error('database password is hunter2');
    const broken = await refusalOf(h.join('weg', 'wethouder'));
    expect(broken?.data?.error.code).toBe('internal_error');
    expect(JSON.stringify(broken?.data)).not.toContain('hunter2');
  });

  it('limits handshake attempts per address', async () => {
    const h = await start({ handshakeLimiter: createTokenBucket({ capacity: 2, refillPerSecond: 0.01 }) });
    await h.join('s', 'a');
    await h.join('s', 'b');
    const third = await refusalOf(h.join('s', 'c'));
    expect(third?.data?.error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
  });

  it('sends the error of a failing onConnect and disconnects, without calling onDisconnect', async () => {
    const left: string[] = [];
    const h = await start({
      onConnect: () => {
        throw new AppError('conflict');
      },
      onDisconnect: (c) => void left.push(c.id),
    });
    const client = h.connect({ sessionId: 's', token: 'role:student' });
    const [message, reason] = await Promise.all([nextMessage(client), disconnection(client)]);
    expect(message).toEqual({ type: 'error', payload: { code: 'conflict', message: expect.any(String) } });
    expect(reason).toBe('io server disconnect');
    await new Promise((r) => setTimeout(r, 50));
    expect(left).toEqual([]);
  });
});

describe('createRealtime: messages', () => {
  it('hands validated messages to onMessage and acknowledges with its result', async () => {
    const seen: [string, Envelope][] = [];
    const h = await start({
      onMessage: (c, m) => {
        seen.push([c.principal.role, m]);
        return { accepted: m.type };
      },
    });
    const client = await h.join('s', 'wethouder');
    const reply = await client
      .timeout(2000)
      .emitWithAck('message', { type: 'decision.submit', payload: { tariff: 95 } });
    expect(reply).toEqual({ ok: true, result: { accepted: 'decision.submit' } });
    expect(seen).toEqual([['wethouder', { type: 'decision.submit', payload: { tariff: 95 } }]]);
  });

  it('refuses a malformed envelope before any handler sees it', async () => {
    let calls = 0;
    const h = await start({ onMessage: () => void calls++ });
    const client = await h.join('s', 'student');
    for (const bad of [
      null,
      'decision',
      { type: 'Decision Submit' },
      { type: 'ok', payload: 1, extra: true },
      {},
    ]) {
      const reply = await client.timeout(2000).emitWithAck('message', bad);
      expect(reply, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    }
    expect(calls).toBe(0);
  });

  it("applies the game's schema to the payload", async () => {
    const gameSchema = z.discriminatedUnion('type', [
      z.object({
        type: z.literal('lever.set'),
        payload: z.object({ lever: z.string(), value: z.number().min(0) }),
      }),
      z.object({ type: z.literal('ready'), payload: z.undefined().optional() }),
    ]);
    const handled: unknown[] = [];
    const h = await start({ messageSchema: gameSchema, onMessage: (_c, m) => void handled.push(m) });
    const client = await h.join('s', 'wethouder');
    const bad = await client
      .timeout(2000)
      .emitWithAck('message', { type: 'lever.set', payload: { lever: 'x', value: -1 } });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', issues: [{ path: 'payload.value' }] },
    });
    const unknownType = await client.timeout(2000).emitWithAck('message', { type: 'cheat' });
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    expect(await client.timeout(2000).emitWithAck('message', { type: 'ready' })).toEqual({ ok: true });
    expect(handled).toEqual([{ type: 'ready' }]);
  });

  it('sends an error envelope when a failing message had no acknowledgement callback', async () => {
    const h = await start();
    const client = await h.join('s', 'student');
    const reply = nextMessage(client);
    client.emit('message', { type: 'BAD' });
    expect(await reply).toMatchObject({
      type: 'error',
      payload: { code: 'invalid_message', message: expect.any(String) },
    });
  });

  it('refuses other event names', async () => {
    const h = await start();
    const client = await h.join('s', 'student');
    const reply = await client.timeout(2000).emitWithAck('admin', { type: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });

  it('translates handler errors and hides internal ones', async () => {
    const h = await start({
      onMessage: (_c, m) => {
        if (m.type === 'late') throw new AppError('conflict');
        throw new Error('stack trace with secrets');
      },
    });
    const client = await h.join('s', 'student');
    const late = await client.timeout(2000).emitWithAck('message', { type: 'late' });
    expect(late).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Iemand anders was je net voor; probeer het opnieuw.' },
    });
    const broken = await client.timeout(2000).emitWithAck('message', { type: 'boom' });
    expect(broken).toMatchObject({ ok: false, error: { code: 'internal_error' } });
    expect(JSON.stringify(broken)).not.toContain('secrets');
  });

  it("handles one client's messages one at a time, in the order sent", async () => {
    const order: string[] = [];
    const h = await start({
      onMessage: async (_c, m) => {
        order.push(`start ${m.type}`);
        await new Promise((r) => setTimeout(r, m.type === 'a' ? 60 : 5));
        order.push(`end ${m.type}`);
      },
    });
    const client = await h.join('s', 'student');
    await Promise.all(['a', 'b', 'c'].map((type) => client.timeout(2000).emitWithAck('message', { type })));
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('limits the message rate per connection', async () => {
    const h = await start({ messageRate: { capacity: 3, refillPerSecond: 0.01 } });
    const client = await h.join('s', 'student');
    const replies = [];
    for (let i = 0; i < 4; i++)
      replies.push(await client.timeout(2000).emitWithAck('message', { type: 'ping' }));
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(replies[3]).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('drops a client that sends a message over the size limit', async () => {
    const left: string[] = [];
    const h = await start({ maxMessageBytes: 1024, onDisconnect: (_c, reason) => void left.push(reason) });
    const client = await h.join('s', 'student');
    expect(
      await client.timeout(2000).emitWithAck('message', { type: 'ok', payload: 'x'.repeat(500) }),
    ).toEqual({ ok: true });
    const dropped = disconnection(client);
    client.emit('message', { type: 'big', payload: 'x'.repeat(2000) });
    expect(await dropped).toBe('transport close');
    // The server sees the oversized frame as a transport error; either way the client has left.
    await expect.poll(() => left).toEqual([expect.stringMatching(/^transport/)]);
  });
});

describe('createRealtime: rooms and shutdown', () => {
  it('broadcasts to the clients of one session only', async () => {
    const h = await start();
    const [a1, a2, b1] = await Promise.all([h.join('A', 'x'), h.join('A', 'y'), h.join('B', 'z')]);
    let leaked = false;
    b1.on('message', () => {
      leaked = true;
    });
    const arrivals = Promise.all([nextMessage(a1), nextMessage(a2)]);
    h.realtime.broadcast('A', 'round.started', { round: 2 });
    expect(await arrivals).toEqual([
      { type: 'round.started', payload: { round: 2 } },
      { type: 'round.started', payload: { round: 2 } },
    ]);
    await new Promise((r) => setTimeout(r, 50));
    expect(leaked).toBe(false);
  });

  it('lists the connections of a session for per-role sends', async () => {
    const h = await start();
    const [wethouder, student] = await Promise.all([
      h.join('A', 'wethouder'),
      h.join('A', 'student'),
      h.join('B', 'x'),
    ]);
    const connections = h.realtime.connections('A');
    expect(connections.map((c) => c.principal.role).sort()).toEqual(['student', 'wethouder']);
    expect(h.realtime.connections('C')).toEqual([]);
    let studentGot = false;
    student?.on('message', () => {
      studentGot = true;
    });
    const arrival = nextMessage(wethouder!);
    connections.find((c) => c.principal.role === 'wethouder')?.send('view', { lens: 'beleid' });
    expect(await arrival).toEqual({ type: 'view', payload: { lens: 'beleid' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(studentGot).toBe(false);
  });

  it('lets a connection broadcast to its own session', async () => {
    const h = await start({ onMessage: (c, m) => c.broadcast('echo', m.payload) });
    const [sender, other] = await Promise.all([h.join('A', 'x'), h.join('A', 'y')]);
    const arrivals = Promise.all([nextMessage(sender), nextMessage(other)]);
    sender.emit('message', { type: 'say', payload: 'hallo' });
    expect((await arrivals).map((m) => m.payload)).toEqual(['hallo', 'hallo']);
  });

  it('closes connections so clients may reconnect, refuses new ones, and lets the app close', async () => {
    const h = await start();
    const client = await h.join('A', 'x');
    const reason = disconnection(client);
    await h.realtime.close();
    // "transport close", not "io server disconnect": a client only reconnects by itself after the former.
    expect(await reason).toBe('transport close');
    const late = await refusalOf(h.join('A', 'y'));
    expect(late).toBeDefined();
    await h.app.close();
  });
});

describe('envelopeSchema', () => {
  it.each(['decision.submit', 'round:started', 'lens-view', 'a', 'x1.y_2'])('accepts type %s', (type) => {
    expect(envelopeSchema.safeParse({ type }).success).toBe(true);
  });
  it.each(['', 'Decision', '1abc', 'a..b', 'a.', 'a b', 'x'.repeat(65)])('refuses type %j', (type) => {
    expect(envelopeSchema.safeParse({ type }).success).toBe(false);
  });
});

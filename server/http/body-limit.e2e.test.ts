import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.ts';
import { createApp } from './create-app.ts';

// Issue 11, defect 5: a 10 MB body got a reset connection instead of a readable 413.
const app = createApp({ store: createMemoryStore() });
app.post('/api/join', async () => ({ ok: true }));
let port = 0;
beforeAll(async () => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(() => app.close());

/**
 * Sends `bytes` of JSON over a raw socket the way curl does: the whole body, in chunks, while the server may
 * already have answered. Node's own client hides a reset connection; a raw socket sees it as curl does.
 */
const postBig = (bytes: number, chunked: boolean) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (c: string) => {
      received += c;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0);
      const text = /transfer-encoding: chunked/i.test(head) ? (body.split('\r\n')[1] ?? '') : body;
      resolve({ status, body: text });
    });
    const length = chunked ? 'transfer-encoding: chunked' : `content-length: ${bytes}`;
    socket.write(`POST /api/join HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n${length}\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const framed = chunked
      ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
      : chunk;
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!socket.write(framed)) return void socket.once('drain', pump);
      }
      socket.end(chunked ? '0\r\n\r\n' : '');
    };
    pump();
  });

describe('an oversized body', () => {
  it.each([
    ['with Content-Length', false],
    ['chunked', true],
  ])('of 10 MB %s is answered with a readable 413 payload_too_large', async (_name, chunked) => {
    const res = await postBig(10 * 1024 * 1024, chunked);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('leaves the server serving others', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });
});

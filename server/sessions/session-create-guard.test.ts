import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { noTimers, post, setup } from './test-support/session-routes-harness.ts';

// Issue 11, defect 4: creating sessions was not limited at all (20 in 0.8 s, each writing rows).
const body = tinyConfig({ roundTimerSeconds: noTimers });
afterEach(() => {
  vi.useRealTimers();
});

describe('creating sessions', () => {
  it('is limited per address: 10 a minute by default, then 429 rate_limited until the window ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { app, store } = await setup();
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await post(app, '/api/sessions', body)).statusCode);
    expect(answers).toEqual([...Array(10).fill(201), 429, 429]);
    expect(await store.listSessions()).toHaveLength(10);
    const limited = await post(app, '/api/sessions', body);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    vi.advanceTimersByTime(60_000);
    expect((await post(app, '/api/sessions', body)).statusCode).toBe(201);
  });

  it('has its own budget: joining does not use it up, nor the other way round', async () => {
    const { app } = await setup({
      rateLimits: { create: { max: 1, timeWindowMs: 60_000 }, join: { max: 1, timeWindowMs: 60_000 } },
    });
    const created = await post(app, '/api/sessions', body);
    expect(created.statusCode).toBe(201);
    const join = await post(app, '/api/join', { joinCode: created.json().joinCode, displayName: 'Ana' });
    expect(join.statusCode).toBe(201);
    expect((await post(app, '/api/sessions', body)).statusCode).toBe(429);
  });

  it('asks for the host password when the operator set one (--admin-token)', async () => {
    const adminToken = 'een-lang-beheerderswachtwoord';
    const { app, store } = await setup({ adminToken });
    const none = await post(app, '/api/sessions', body);
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('unauthorized');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const wrong = await post(app, '/api/sessions', body, 'een-ander-wachtwoord', 'en');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('forbidden');
    expect(await store.listSessions()).toHaveLength(0);
    expect((await post(app, '/api/sessions', body, adminToken)).statusCode).toBe(201);
  });

  it('needs no password when none is set', async () => {
    const { app } = await setup();
    expect((await post(app, '/api/sessions', body)).statusCode).toBe(201);
  });
});

import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './route.ts';

describe('parseRoute', () => {
  it('reads every screen', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/join')).toEqual({ name: 'join', code: null });
    expect(parseRoute('/join/K7M9PQ')).toEqual({ name: 'join', code: 'K7M9PQ' });
    expect(parseRoute('/play/s1')).toEqual({ name: 'play', sessionId: 's1' });
    expect(parseRoute('/facilitator')).toEqual({ name: 'facilitator-new' });
    expect(parseRoute('/projector/s1/')).toEqual({ name: 'projector', sessionId: 's1' });
    expect(parseRoute('/report/s1')).toEqual({ name: 'report', sessionId: 's1' });
    expect(parseRoute('/play')).toEqual({ name: 'not-found' });
    expect(parseRoute('/join/a/b')).toEqual({ name: 'not-found' });
  });

  it('takes the facilitator token from the fragment only', () => {
    expect(parseRoute('/facilitator/s1', '#token=abc')).toEqual({
      name: 'facilitator',
      sessionId: 's1',
      token: 'abc',
    });
    expect(parseRoute('/facilitator/s1', '')).toMatchObject({ token: null });
  });

  it('round-trips through routePath, without the token', () => {
    for (const path of [
      '/',
      '/join/K7M9PQ',
      '/play/s1',
      '/facilitator',
      '/facilitator/s1',
      '/projector/s1',
      '/report/s1',
      '/verkenner',
    ]) {
      expect(routePath(parseRoute(path, '#token=x'))).toBe(path);
    }
  });
});

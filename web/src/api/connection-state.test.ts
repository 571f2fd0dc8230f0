import { describe, expect, it } from 'vitest';
import { connectionReducer, initialConnection } from './connection-state.ts';
import type { ViewEnvelope } from './view-types.ts';

const envelope = { kind: 'projector', view: {} } as unknown as ViewEnvelope;

describe('connectionReducer', () => {
  it('keeps the last view while reconnecting', () => {
    let s = connectionReducer(initialConnection, { type: 'view', envelope });
    expect(s.status).toBe('live');
    s = connectionReducer(s, { type: 'disconnected' });
    expect(s).toMatchObject({ status: 'reconnecting', envelope });
  });

  it('turns a refused token into a final "denied" that a disconnect does not undo', () => {
    let s = connectionReducer(initialConnection, { type: 'refused', code: 'forbidden', message: 'Nee' });
    expect(s).toMatchObject({ status: 'denied', message: 'Nee' });
    s = connectionReducer(s, { type: 'disconnected' });
    expect(s.status).toBe('denied');
  });

  it('tells a missing session apart from a busy server', () => {
    expect(
      connectionReducer(initialConnection, { type: 'refused', code: 'session_not_found', message: null })
        .status,
    ).toBe('missing');
    expect(
      connectionReducer(initialConnection, { type: 'refused', code: 'rate_limited', message: null }).status,
    ).toBe('waiting');
  });

  it('keeps who is online until the console itself drops, then forgets it', () => {
    let s = connectionReducer(initialConnection, { type: 'view', envelope });
    expect(s.online).toBeNull();
    s = connectionReducer(s, { type: 'presence', online: ['seat-1'] });
    s = connectionReducer(s, { type: 'view', envelope });
    expect(s.online).toEqual(['seat-1']);
    s = connectionReducer(s, { type: 'disconnected' });
    expect(s.online).toBeNull();
  });
});

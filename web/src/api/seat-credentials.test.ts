import { describe, expect, it } from 'vitest';
import { createCredentialStore } from './seat-credentials.ts';

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
};

const seat = { sessionId: 's1', seatId: 'a', seatToken: 't', rejoinCode: 'R', joinCode: 'J' };

describe('createCredentialStore', () => {
  it('keeps a seat per session and forgets it on request', () => {
    const s = memory();
    const store = createCredentialStore(s);
    store.saveSeat(seat);
    expect(store.loadSeat('s1')).toEqual(seat);
    expect(store.loadSeat('s2')).toBeNull();
    store.forgetSeat('s1');
    expect(store.loadSeat('s1')).toBeNull();
  });

  it('ignores damaged entries and works without storage (private mode)', () => {
    const s = memory();
    s.setItem('monopolycentrisme.seat.s1', '{not json');
    expect(createCredentialStore(s).loadSeat('s1')).toBeNull();
    s.setItem('monopolycentrisme.seat.s1', JSON.stringify({ ...seat, seatToken: 3 }));
    expect(createCredentialStore(s).loadSeat('s1')).toBeNull();
    expect(createCredentialStore(undefined).loadSeat('s1')).toBeNull();
  });

  it('remembers the facilitator token so a refresh without the fragment still works', () => {
    const store = createCredentialStore(memory());
    store.saveFacilitatorToken('s1', 'tok');
    expect(store.loadFacilitatorToken('s1')).toBe('tok');
  });
});

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

  it('applies a delta to the version it was made against, and asks for the whole view after a missed one', () => {
    const seat = {
      kind: 'seat',
      view: { team: { drafts: { a: 1 }, name: 'Oostdal' }, session: { round: 1 } },
    };
    let s = connectionReducer(initialConnection, { type: 'view', envelope: seat as never, version: 4 });
    s = connectionReducer(s, { type: 'delta', base: 4, version: 6, delta: [[['team', 'drafts'], { a: 2 }]] });
    expect(s).toMatchObject({ version: 6, needsWhole: false });
    expect(s.envelope?.view).toEqual({ team: { drafts: { a: 2 }, name: 'Oostdal' }, session: { round: 1 } });
    // Version 7 never arrived: this delta cannot apply, the view stays and the whole one is asked for.
    const missed = connectionReducer(s, { type: 'delta', base: 7, version: 9, delta: [[['session'], {}]] });
    expect(missed).toMatchObject({ version: 6, needsWhole: true, envelope: s.envelope });
    const whole = connectionReducer(missed, { type: 'view', envelope: seat as never, version: 9 });
    expect(whole).toMatchObject({ version: 9, needsWhole: false });
  });

  it('ignores a whole view older than the one shown (an answer that crossed a newer delta)', () => {
    let s = connectionReducer(initialConnection, { type: 'view', envelope, version: 8 });
    s = connectionReducer(s, {
      type: 'view',
      envelope: { ...envelope, joinCode: 'OUD' } as never,
      version: 5,
    });
    expect(s.envelope).toBe(envelope);
  });

  it('shows an action as pending, then accepted or refused with the reason, keeping the last few', () => {
    const sent = (id: string, status: 'pending' | 'accepted' | 'refused', message: string | null = null) => ({
      type: 'action' as const,
      action: { id, type: 'draft-decisions', status, message },
    });
    let s = connectionReducer(initialConnection, sent('a', 'pending'));
    expect(s.actions).toEqual([{ id: 'a', type: 'draft-decisions', status: 'pending', message: null }]);
    s = connectionReducer(s, sent('a', 'refused', 'Niet in deze fase.'));
    expect(s.actions).toEqual([
      { id: 'a', type: 'draft-decisions', status: 'refused', message: 'Niet in deze fase.' },
    ]);
    for (const id of ['b', 'c', 'd', 'e', 'f']) s = connectionReducer(s, sent(id, 'accepted'));
    expect(s.actions.map((a) => a.id)).toEqual(['b', 'c', 'd', 'e', 'f']);
  });
});

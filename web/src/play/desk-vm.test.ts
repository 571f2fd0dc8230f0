import { describe, expect, it } from 'vitest';
import { type PlayedGame, playedGame } from '../test-support/played-game.ts';
import { canSave, deskStatus, draftToSend, editsAfterSave, overlaySent } from './desk-vm.ts';

const open = { canDecide: true, submitted: false, saving: false };

describe('a role desk over rounds (issue 15, defect 3: a draft may not be saved)', () => {
  it('never says "saved" for an earlier round: the server ends drafts with their round', () => {
    let g: PlayedGame = playedGame(0).act('bo', {
      type: 'draft-decisions',
      role: 'ervaringsdeskundige',
      changes: { ervaringskennis: 'structureel' },
    });
    const draft = g.seat('bo').team?.drafts.ervaringsdeskundige ?? null;
    expect(deskStatus({ ...open, edits: {}, draft })).toMatchObject({ kind: 'saved' });
    for (let i = 0; i < 4; i++) g = g.act('facilitator', { type: 'advance-phase' });
    expect(g.seat('bo').session.round).toBe(2);
    const next = g.seat('bo').team?.drafts.ervaringsdeskundige ?? null;
    expect(next).toBeNull();
    expect(deskStatus({ ...open, edits: {}, draft: next })).toEqual({ kind: 'empty' });
  });

  it('lets every change be saved while drafts are open, and says what is not saved yet', () => {
    const s = deskStatus({ ...open, edits: { tariffLevel: 0.9, funding: 'lumpsum' }, draft: null });
    expect(s).toEqual({ kind: 'unsaved', count: 2 });
    expect(canSave(s)).toBe(true);
    expect(canSave(deskStatus({ ...open, saving: true, edits: { mandate: 0.5 }, draft: null }))).toBe(false);
    expect(deskStatus({ ...open, canDecide: false, edits: { mandate: 0.5 }, draft: null })).toEqual({
      kind: 'closed',
      draftSaved: false,
    });
    expect(deskStatus({ ...open, submitted: true, edits: {}, draft: null }).kind).toBe('submitted');
  });

  it('sends the whole proposal and keeps what changed while a save was on its way', () => {
    const draft = { changes: { funding: 'lumpsum' as const }, by: { kind: 'bot' as const }, at: 5 };
    const sent = draftToSend(draft, { tariffLevel: 0.9 });
    expect(sent).toEqual({ funding: 'lumpsum', tariffLevel: 0.9 });
    expect(editsAfterSave({ tariffLevel: 0.9, providerCount: 6 }, sent)).toEqual({ providerCount: 6 });
    expect(editsAfterSave({ tariffLevel: 0.95 }, sent)).toEqual({ tariffLevel: 0.95 });
    // Sent values show until the server's draft moves on; a later draft (a teammate's) wins.
    expect(overlaySent(draft, { changes: sent, draftAtBefore: 5 })).toEqual(sent);
    expect(overlaySent({ ...draft, at: 9 }, { changes: sent, draftAtBefore: 5 })).toEqual({});
  });
});

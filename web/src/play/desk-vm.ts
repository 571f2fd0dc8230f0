import type { LeverChanges, Role, SeatView } from '../api/view-types.ts';

type Team = NonNullable<SeatView['team']>;
type ServerDraft = Team['drafts'][Role];

/**
 * Where a role's proposal stands, from the server's draft of this round and the edits on this phone. The
 * server's draft is the truth: drafts end with the round they were made in (game/resolve/resolve-round.ts), so
 * a "saved" from an earlier round can never show, and edits not yet on the server always say so.
 */
export type DeskStatus =
  | { kind: 'unsaved'; count: number }
  | { kind: 'saving'; count: number }
  | { kind: 'saved'; at: number; byName: string | null }
  | { kind: 'empty' }
  | { kind: 'closed'; draftSaved: boolean }
  | { kind: 'submitted'; draftSaved: boolean };

export type DeskInput = {
  edits: LeverChanges;
  draft: ServerDraft;
  canDecide: boolean;
  submitted: boolean;
  saving: boolean;
};

export const deskStatus = ({ edits, draft, canDecide, submitted, saving }: DeskInput): DeskStatus => {
  const count = Object.keys(edits).length;
  if (submitted) return { kind: 'submitted', draftSaved: draft !== null };
  if (!canDecide) return { kind: 'closed', draftSaved: draft !== null };
  if (count > 0) return saving ? { kind: 'saving', count } : { kind: 'unsaved', count };
  if (draft)
    return { kind: 'saved', at: draft.at, byName: draft.by.kind === 'student' ? draft.by.name : null };
  return { kind: 'empty' };
};

/** The save button works whenever there is something on this phone the server does not have yet. */
export const canSave = (s: DeskStatus): boolean => s.kind === 'unsaved';

/** What a save sends: the role's whole proposal (the server's draft with the new edits on top). */
export const draftToSend = (draft: ServerDraft, edits: LeverChanges): LeverChanges => ({
  ...(draft?.changes ?? {}),
  ...edits,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a save, the edits that were sent leave the phone; anything changed while the save was on its way stays
 * as an edit, so a quick second change is never dropped.
 */
export const editsAfterSave = (current: LeverChanges, sent: LeverChanges): LeverChanges =>
  Object.fromEntries(
    Object.entries(current).filter(([k, v]) => !same(v, (sent as Record<string, unknown>)[k])),
  ) as LeverChanges;

/**
 * Sent values show until the server's draft arrives (its time changes), so the form never flicks back to the
 * old value between the answer and the next view. A teammate's later draft for the same role wins.
 */
export const overlaySent = (
  draft: ServerDraft,
  sent: { changes: LeverChanges; draftAtBefore: number | null } | null,
): LeverChanges => (sent && (draft?.at ?? null) === sent.draftAtBefore ? sent.changes : {});

import type { SentAction } from '../api/connection-state.ts';

export type ActionStatusLine = { key: string; reason: string | null; tone: 'pending' | 'ok' | 'error' };

/**
 * The line under the header about the last action sent: pending at once, then accepted, or refused with the
 * server's reason (or lost, when no answer came). Nothing before the first action.
 */
export const actionStatusLine = (actions: readonly SentAction[]): ActionStatusLine | null => {
  const last = actions.at(-1);
  if (!last) return null;
  if (last.status === 'pending') return { key: 'sent.pending', reason: null, tone: 'pending' };
  if (last.status === 'accepted') return { key: 'sent.accepted', reason: null, tone: 'ok' };
  return last.message
    ? { key: 'sent.refused', reason: last.message, tone: 'error' }
    : { key: 'sent.lost', reason: null, tone: 'error' };
};

import { describe, expect, it } from 'vitest';
import { actionStatusLine } from './action-status-vm.ts';

const sent = (status: 'pending' | 'accepted' | 'refused', message: string | null = null) => ({
  id: 'x',
  type: 'draft-decisions',
  status,
  message,
});

describe('actionStatusLine', () => {
  it('says nothing before the first action and follows the last one', () => {
    expect(actionStatusLine([])).toBeNull();
    expect(actionStatusLine([sent('refused', 'Oud'), sent('pending')])).toMatchObject({
      key: 'sent.pending',
    });
    expect(actionStatusLine([sent('accepted')])).toMatchObject({ key: 'sent.accepted', tone: 'ok' });
  });

  it('gives a refusal with the server’s reason, and a lost action (no answer) apart from it', () => {
    expect(actionStatusLine([sent('refused', 'Die rol heb jij niet.')])).toEqual({
      key: 'sent.refused',
      reason: 'Die rol heb jij niet.',
      tone: 'error',
    });
    expect(actionStatusLine([sent('refused')])).toMatchObject({ key: 'sent.lost', tone: 'error' });
  });
});

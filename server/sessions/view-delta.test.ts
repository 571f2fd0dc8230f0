import { describe, expect, it } from 'vitest';
import { applyViewDelta } from '../../web/src/api/view-delta.ts';
import { createJsonCache, diffViews } from './view-delta.ts';

const json = createJsonCache();

describe('part-wise view deltas', () => {
  it('sends a changed part at one or two keys deep, and nothing for a rebuilt but equal part', () => {
    const shared = { drafts: { inkoper: null }, name: 'Oostdal' };
    const prev = {
      session: { round: 1, phase: 'overleg' },
      team: shared,
      teams: [{ a: 1 }, { b: 2 }],
      debrief: null,
    };
    const next = {
      session: { round: 1, phase: 'overleg' },
      team: { ...shared, drafts: { inkoper: { tariffLevel: 1.1 } } },
      teams: [{ a: 1 }, { b: 3 }],
      debrief: null,
    };
    const delta = diffViews(prev, next, json);
    expect(delta).toEqual([
      [['team', 'drafts'], { inkoper: { tariffLevel: 1.1 } }],
      [['teams', 1], { b: 3 }],
    ]);
    expect(applyViewDelta(prev, delta)).toEqual(next);
    expect(diffViews(next, structuredClone(next), json)).toEqual([]);
  });

  it('replaces a whole part when its shape changed (null to a debrief, a longer list, other keys)', () => {
    const prev = { debrief: null, teams: [{ a: 1 }], lenses: { beleid: 1 } };
    const next = { debrief: { rounds: 2 }, teams: [{ a: 1 }, { b: 2 }], lenses: { beleid: 1, praktijk: 2 } };
    const delta = diffViews(prev, next, json);
    expect(delta.map(([path]) => path)).toEqual([['debrief'], ['teams'], ['lenses']]);
    expect(applyViewDelta(prev, delta)).toEqual(next);
  });

  it('leaves the view it applies to unchanged', () => {
    const prev = { team: { drafts: 1, name: 'x' } };
    const frozen = structuredClone(prev);
    applyViewDelta(prev, [[['team', 'drafts'], 2]]);
    expect(prev).toEqual(frozen);
  });
});

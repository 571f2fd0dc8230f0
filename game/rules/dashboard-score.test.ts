import { describe, expect, it } from 'vitest';
import { projectForFacilitator } from '../projections/project-for-facilitator.ts';
import { createGame } from '../state/create-game.ts';
import { facilitator, joinAction, must, seatActor, T0, tinyConfig } from '../test-support/tiny-game.ts';
import { step } from './step.ts';

describe('step: the dashboard score switch', () => {
  it('is off by default; the facilitator switches it on and off, a student may not', () => {
    let s = must(createGame(tinyConfig()), joinAction('a', T0, { municipalityId: 'oostdal' }));
    expect(projectForFacilitator(s).config.dashboardScore).toBe(false);
    s = must(s, { type: 'set-dashboard-score', enabled: true, actor: facilitator, at: T0 + 1 });
    expect(projectForFacilitator(s).config.dashboardScore).toBe(true);
    const student = step(s, {
      type: 'set-dashboard-score',
      enabled: false,
      actor: seatActor('a'),
      at: T0 + 2,
    });
    expect(student.ok ? 'accepted' : student.error.code).toBe('not-authorised');
    s = must(s, { type: 'set-dashboard-score', enabled: false, actor: facilitator, at: T0 + 3 });
    expect(s.config.dashboardScore).toBe(false);
  });

  it('returns the very same state when nothing changes (nothing to log)', () => {
    const s = createGame(tinyConfig());
    const same = step(s, { type: 'set-dashboard-score', enabled: false, actor: facilitator, at: T0 });
    expect(same.ok && same.state).toBe(s);
  });
});

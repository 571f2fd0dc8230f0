import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { deadlineReminder, REMIND_FROM_MS, reminderHint } from './deadline-reminder.ts';

const HOUR = 3600 * 1000;
const session = playedGame(0).seat('ann').session;
const deadline = 10_000 * HOUR;
const async = {
  ...session,
  mode: 'async' as const,
  phase: 'overleg' as const,
  timer: { ...session.timer, deadline, paused: false, remainingMs: null },
};

/** Between lectures a student and the lecturer are reminded as a deadline approaches (issue 15). */
describe('the deadline reminder', () => {
  it('says "nog 1 dag" within a day, days before that, and hours in the last three', () => {
    expect(deadlineReminder(async, deadline - REMIND_FROM_MS - 1)).toBeNull();
    expect(deadlineReminder(async, deadline - 47 * HOUR)).toMatchObject({ unit: 'day', count: 2 });
    expect(deadlineReminder(async, deadline - 20 * HOUR)).toEqual({
      unit: 'day',
      count: 1,
      phase: 'overleg',
      deadline,
    });
    expect(deadlineReminder(async, deadline - 3 * HOUR)).toMatchObject({ unit: 'hour', count: 3 });
    expect(deadlineReminder(async, deadline - 10 * 60 * 1000)).toMatchObject({ unit: 'hour', count: 1 });
    expect(deadlineReminder(async, deadline)).toBeNull();
  });

  it('stays silent in a lecture, while paused and during the calculation', () => {
    const near = deadline - HOUR;
    expect(deadlineReminder({ ...async, mode: 'class' }, near)).toBeNull();
    expect(deadlineReminder({ ...async, timer: { ...async.timer, paused: true } }, near)).toBeNull();
    expect(deadlineReminder({ ...async, phase: 'doorrekenen' }, near)).toBeNull();
    expect(deadlineReminder({ ...async, status: 'debrief' }, near)).toBeNull();
  });

  it('asks what the phase asks of the team', () => {
    expect(reminderHint('overleg', false)).toBe('notSubmitted');
    expect(reminderHint('overleg', true)).toBe('submitted');
    expect(reminderHint('signalen', false)).toBe('signalen');
    expect(reminderHint('terugblik', true)).toBe('terugblik');
  });
});

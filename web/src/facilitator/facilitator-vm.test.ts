import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../../game/config/presets.ts';
import { gameConfigSchema, presetIds } from '../../../game/index.ts';
import { playedGame } from '../test-support/played-game.ts';
import {
  createFormErrors,
  createSessionBody,
  defaultCreateForm,
  presetMunicipalities,
  presets,
  teamCount,
} from './create-session-vm.ts';
import { facilitatorVm, phaseControls } from './facilitator-vm.ts';

describe('create session form', () => {
  it('offers every preset of the game', () => {
    expect([...presets].sort()).toEqual([...presetIds].sort());
  });

  it('knows how many teams a preset gives', () => {
    for (const id of presetIds)
      expect(presetMunicipalities[id], id).toBe(presetScenario(id).municipalities.length);
    const f = defaultCreateForm('nl');
    expect(teamCount({ ...f, scenario: 'npm-typisch', municipalities: 4 })).toBe(1);
    expect(teamCount({ ...f, scenario: 'west-brabant-west', municipalities: 4 })).toBe(4);
  });

  it('checks the limits and sends seconds', () => {
    const f = defaultCreateForm('nl');
    expect(createFormErrors(f)).toEqual([]);
    expect(createFormErrors({ ...f, municipalities: 1, rounds: 11 })).toEqual([
      'facilitator.error.municipalities',
      'facilitator.error.rounds',
    ]);
    expect(createFormErrors({ ...f, maxStudents: 0 })).toEqual(['facilitator.error.maxStudents']);
    expect(createFormErrors({ ...f, maxStudents: 501 })).toEqual(['facilitator.error.maxStudents']);
    expect(createSessionBody({ ...f, maxStudents: 40 }).maxStudents).toBe(40);
    expect(createSessionBody(f).roundTimerSeconds).toEqual({
      signalen: 180,
      overleg: 720,
      doorrekenen: 15,
      terugblik: 240,
    });
  });

  it('sends the provider team switch, off by default, in a body the game accepts', () => {
    const f = defaultCreateForm('nl');
    expect(createSessionBody(f).providerTeam).toBe(false);
    const body = createSessionBody({ ...f, providerTeam: true });
    expect(gameConfigSchema.parse({ seed: 1, ...body }).providerTeam).toBe(true);
  });
});

describe('create form: phase durations and how the session is played (issue 15)', () => {
  // Defect 10: doorrekenen was a fixed 15 seconds the lecturer could not set.
  it('sends the calculation pause the lecturer chose, and refuses one outside 0-300 seconds', () => {
    const f = defaultCreateForm('nl');
    expect(createSessionBody({ ...f, simulateSeconds: 40 }).roundTimerSeconds.doorrekenen).toBe(40);
    expect(createSessionBody({ ...f, simulateSeconds: 0 }).roundTimerSeconds.doorrekenen).toBe(0);
    expect(createFormErrors({ ...f, simulateSeconds: 301 })).toEqual(['facilitator.error.simulateSeconds']);
    expect(createFormErrors({ ...f, simulateSeconds: 2.5 })).toEqual(['facilitator.error.simulateSeconds']);
  });

  it('makes solo play one seat without clocks, and asynchronous play phases of days the game accepts', () => {
    const f = defaultCreateForm('nl');
    const solo = createSessionBody({ ...f, mode: 'solo' });
    expect(solo).toMatchObject({ mode: 'solo', maxStudents: 1 });
    expect(solo.roundTimerSeconds).toEqual({ signalen: 0, overleg: 0, doorrekenen: 15, terugblik: 0 });
    const async = createSessionBody({
      ...f,
      mode: 'async',
      days: { signalen: 1, overleg: 5, terugblik: 0.5 },
    });
    expect(async.roundTimerSeconds).toEqual({
      signalen: 86_400,
      overleg: 432_000,
      doorrekenen: 15,
      terugblik: 43_200,
    });
    for (const body of [solo, async])
      expect(gameConfigSchema.parse({ seed: 1, ...body }).mode).toBe(body.mode);
    expect(
      createFormErrors({ ...f, mode: 'async', days: { signalen: 15, overleg: 1, terugblik: 1 } }),
    ).toEqual(['facilitator.error.days']);
  });

  it('adds a minute in class and a day between lectures', () => {
    const g = playedGame(1);
    expect(facilitatorVm(g.facilitator, 'nl').extendSeconds).toBe(60);
    const asyncView = { ...g.facilitator, session: { ...g.facilitator.session, mode: 'async' as const } };
    expect(facilitatorVm(asyncView, 'nl').extendSeconds).toBe(86_400);
  });
});

describe('facilitator console', () => {
  it('offers start in the lobby and phase controls during rounds', () => {
    const g = playedGame(1);
    const vm = facilitatorVm(g.facilitator, 'en');
    expect(vm.controls.map((c) => c.id)).toEqual(['advance', 'pause', 'extend', 'end']);
    expect(vm.teams).toHaveLength(3);
    expect(vm.teams.find((t) => t.id === 'oostdal')?.seats.map((s) => s.name)).toEqual([
      'Student ann',
      'Student bo',
    ]);
    expect(vm.cards.length).toBeGreaterThan(0);
    const lobby = { ...g.facilitator, session: { ...g.facilitator.session, status: 'lobby' as const } };
    expect(phaseControls(lobby).map((c) => c.id)).toEqual(['start', 'end']);
  });

  it('shows the dashboard score switch as the session has it, closed once the session ended', () => {
    const g = playedGame(1);
    expect(facilitatorVm(g.facilitator, 'nl')).toMatchObject({
      dashboardScore: false,
      scoreSwitchOpen: true,
    });
    const on = { ...g.facilitator, config: { ...g.facilitator.config, dashboardScore: true } };
    expect(facilitatorVm(on, 'nl').dashboardScore).toBe(true);
    const ended = { ...g.facilitator, session: { ...g.facilitator.session, status: 'ended' as const } };
    expect(facilitatorVm(ended, 'nl').scoreSwitchOpen).toBe(false);
  });

  it('marks a seat offline only once the server said who is online, and counts them per team', () => {
    const g = playedGame(1);
    const unknown = facilitatorVm(g.facilitator, 'nl');
    expect(unknown.teams.flatMap((t) => t.seats.map((s) => s.online))).not.toContain(false);
    expect(unknown.onlineCount).toBeNull();
    const oostdal = g.facilitator.teams.find((t) => t.id === 'oostdal')!;
    const [ann, bo] = oostdal.seats.map((s) => s.seatId);
    const vm = facilitatorVm(g.facilitator, 'nl', [ann!]);
    const team = vm.teams.find((t) => t.id === 'oostdal')!;
    expect(team.seats.map((s) => [s.seatId, s.online])).toEqual([
      [ann, true],
      [bo, false],
    ]);
    expect(team.offline).toBe(1);
    expect(vm.onlineCount).toBe(1);
  });

  it('tells waiting, drafting and submitted teams apart, and closes card injection in the debrief', () => {
    const g = playedGame(1);
    const statuses = [
      { submitted: true, drafts: 2 },
      { submitted: false, drafts: 1 },
      { submitted: false, drafts: 0 },
    ];
    const teams = g.facilitator.teams.map((t, i) => ({ ...t, status: { ...t.status, ...statuses[i] } }));
    const vm = facilitatorVm({ ...g.facilitator, teams }, 'nl');
    expect(vm.teams.map((t) => t.status)).toEqual(['submitted', 'drafting', 'waiting']);
    expect(vm).toMatchObject({ mode: 'rounds', canInject: true });
    const debrief = { ...g.facilitator, session: { ...g.facilitator.session, status: 'debrief' as const } };
    expect(facilitatorVm(debrief, 'nl')).toMatchObject({ mode: 'debrief', canInject: false });
  });
});

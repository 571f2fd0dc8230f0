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

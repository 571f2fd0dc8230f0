import { describe, expect, it } from 'vitest';
import type { ProjectorView } from '../api/view-types.ts';
import { playedGame } from '../test-support/played-game.ts';
import {
  displayNameError,
  isJoinCode,
  isRejoinCode,
  joinErrorHint,
  joinRequest,
  joinStepVm,
  normalizeCode,
  roleChoices,
} from './join-vm.ts';

const lobby = (status: string, maxStudents = 300, providerTeam: { students: number } | null = null) =>
  ({
    session: { status, region: 'Regio Noord', maxStudents },
    providerTeam,
    teams: [
      {
        id: 'a',
        name: 'Oostdal',
        students: 1,
        botRoles: ['inkoper', 'professional'],
        chosenRoles: ['wethouder'],
        submitted: false,
      },
      {
        id: 'b',
        name: 'Westerveen',
        students: 0,
        botRoles: ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'],
        chosenRoles: [],
        submitted: false,
      },
    ],
  }) as unknown as ProjectorView;

describe('join view model', () => {
  it('normalises typed codes like the server', () => {
    expect(normalizeCode(' k7m-9pq ')).toBe('K7M9PQ');
    expect(isJoinCode('K7M9PQ')).toBe(true);
    expect(isJoinCode('K7M9P0')).toBe(false);
    expect(isRejoinCode('853QM6BG')).toBe(true);
    expect(isRejoinCode('853QM6B')).toBe(false);
  });

  it('lists municipalities with their open roles, or says the session ended', () => {
    const vm = joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('lobby') });
    expect(vm).toMatchObject({ step: 'seat', region: 'Regio Noord' });
    if (vm.step !== 'seat') throw new Error('seat step expected');
    expect(vm.municipalities[0]).toEqual({
      id: 'a',
      name: 'Oostdal',
      students: 1,
      openRoles: ['inkoper', 'professional'],
      chosenRoles: ['wethouder'],
    });
    expect(roleChoices(vm.municipalities, 'a')).toEqual([
      { role: 'wethouder', availability: 'shared' },
      { role: 'inkoper', availability: 'open' },
      { role: 'professional', availability: 'open' },
      { role: 'ervaringsdeskundige', availability: 'takeOver' },
    ]);
    expect(roleChoices(vm.municipalities, '').every((r) => r.availability === 'open')).toBe(true);
    expect(joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('ended') })).toEqual({
      step: 'ended',
    });
  });

  it('says the session is full once every seat is taken, the provider team counted too', () => {
    expect(joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('lobby', 2) }).step).toBe('seat');
    expect(joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('lobby', 1) })).toEqual({
      step: 'full',
      maxStudents: 1,
    });
    expect(
      joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('rounds', 2, { students: 1 }) }).step,
    ).toBe('full');
    expect(joinErrorHint('action_refused', 'session-full')).toBe('join.hint.full');
  });

  it('offers the aanbieder seat only when the session has a provider team, without a municipality', () => {
    const vm = joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: lobby('lobby') });
    if (vm.step !== 'seat') throw new Error('seat step expected');
    expect(vm.providerTeam).toBeNull();
    expect(roleChoices(vm.municipalities, '', vm.providerTeam).map((r) => r.role)).not.toContain('aanbieder');
    const withTeam = { ...lobby('lobby'), providerTeam: { students: 0 } } as ProjectorView;
    const vm2 = joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: withTeam });
    if (vm2.step !== 'seat') throw new Error('seat step expected');
    expect(roleChoices(vm2.municipalities, '', vm2.providerTeam).at(-1)).toEqual({
      role: 'aanbieder',
      availability: 'open',
    });
    expect(roleChoices(vm2.municipalities, '', { students: 1 }).at(-1)?.availability).toBe('shared');
    expect(joinRequest('K7M9PQ', { displayName: 'Pia', municipalityId: 'a', role: 'aanbieder' })).toEqual({
      joinCode: 'K7M9PQ',
      displayName: 'Pia',
      role: 'aanbieder',
    });
  });

  it('leaves empty choices to the game and checks the name', () => {
    expect(joinRequest('K7M9PQ', { displayName: ' Ann ', municipalityId: '', role: '' })).toEqual({
      joinCode: 'K7M9PQ',
      displayName: 'Ann',
    });
    expect(joinRequest('K7M9PQ', { displayName: 'Ann', municipalityId: 'a', role: 'inkoper' })).toMatchObject(
      {
        municipalityId: 'a',
        role: 'inkoper',
      },
    );
    expect(displayNameError('  ')).toBe('join.error.nameEmpty');
    expect(displayNameError('x'.repeat(41))).toBe('join.error.nameLong');
    expect(displayNameError('Ann')).toBeNull();
  });

  it('gives a hint per error code', () => {
    expect(joinErrorHint('session_not_found')).toBe('join.hint.wrongCode');
    expect(joinErrorHint('action_refused', 'session-ended')).toBe('join.hint.ended');
    expect(joinErrorHint('forbidden')).toBe('join.hint.wrongRejoin');
    expect(joinErrorHint('whatever')).toBe('join.hint.tryAgain');
  });

  // Defect 5: once one student held all four (merged) roles the form called every role taken, yet picking
  // one took it over.
  it('says what picking a role really does in a real lobby', () => {
    const vm = joinStepVm({ sessionId: 's', joinCode: 'K7M9PQ', lobby: playedGame(1).lobby });
    if (vm.step !== 'seat') throw new Error('seat step expected');
    const choices = roleChoices(vm.municipalities, 'oostdal');
    expect(choices.find((c) => c.role === 'wethouder')?.availability).toBe('shared');
    expect(choices.find((c) => c.role === 'ervaringsdeskundige')?.availability).toBe('shared');
    expect(choices.find((c) => c.role === 'inkoper')?.availability).toBe('takeOver');
    expect(choices.find((c) => c.role === 'professional')?.availability).toBe('takeOver');
    expect(roleChoices(vm.municipalities, 'westerveen').every((c) => c.availability === 'open')).toBe(true);
  });
});

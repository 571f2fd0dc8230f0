import { describe, expect, it } from 'vitest';
import { regionalDecisionsSchema } from '../../../engine/index.ts';
import { playedGame } from '../test-support/played-game.ts';
import {
  developmentFundBounds,
  proposalFormOf,
  proposalFormVm,
  regionVm,
  shareOfPercent,
} from './region-vm.ts';

const game = playedGame(1);
const inOverleg = game.act('facilitator', { type: 'advance-phase' });
const none = { jointContracting: false, placementCoordination: false, developmentFundShare: 0 };

describe('the regional proposal form', () => {
  it('has the fund bounds of the engine schema', () => {
    const ok = (share: number) =>
      regionalDecisionsSchema.safeParse({ ...none, developmentFundShare: share }).success;
    expect(ok(developmentFundBounds.min)).toBe(true);
    expect(ok(developmentFundBounds.max)).toBe(true);
    expect(ok(developmentFundBounds.max + 0.0001)).toBe(false);
    expect(ok(developmentFundBounds.min - 0.0001)).toBe(false);
  });

  it('yields the whole package and its differences against what is in force', () => {
    const form = { ...proposalFormOf(none), placementCoordination: true, fundPercent: '1,5' };
    const vm = proposalFormVm(none, form);
    expect(vm.decisions).toEqual({
      jointContracting: false,
      placementCoordination: true,
      developmentFundShare: 0.015,
    });
    expect(vm.changes).toEqual([
      { item: 'placementCoordination', from: false, to: true },
      { item: 'developmentFundShare', from: 0, to: 0.015 },
    ]);
    expect(vm.canSend).toBe(true);
  });

  it('refuses a fund share out of bounds and a package that changes nothing', () => {
    expect(proposalFormVm(none, { ...proposalFormOf(none), fundPercent: '4' })).toMatchObject({
      fundError: 'region.form.fundBounds',
      canSend: false,
    });
    expect(proposalFormVm(none, { ...proposalFormOf(none), fundPercent: 'x' }).canSend).toBe(false);
    expect(proposalFormVm(none, proposalFormOf(none))).toMatchObject({ changes: [], canSend: false });
    const fund = { ...none, developmentFundShare: 0.01 };
    expect(proposalFormVm(none, proposalFormOf(fund), fund)).toMatchObject({ onTable: true, canSend: false });
    expect(shareOfPercent('0.5')).toBe(0.005);
    expect(proposalFormOf({ ...none, developmentFundShare: 0.015 }).fundPercent).toBe('1.5');
  });
});

describe('the regional table', () => {
  it('lets a wethouder propose in overleg only', () => {
    expect(regionVm(game.seat('ann')).canPropose).toBe(false);
    expect(regionVm(inOverleg.seat('ann')).canPropose).toBe(true);
    expect(regionVm(inOverleg.seat('bo'))).toMatchObject({ wethouder: false, canPropose: false });
  });

  it('shows the open proposal as changes against what is in force, with a vote per municipality', () => {
    const inForce = regionVm(inOverleg.seat('ann')).inForce;
    // A 3% fund is more than a relational bot team accepts (game/bots/bot-votes.ts): the proposal stays open.
    const proposed = inOverleg.act('ann', {
      type: 'propose-regional',
      decisions: { ...inForce, developmentFundShare: 0.03 },
    });
    const vm = regionVm(proposed.seat('ann'));
    expect(vm.adopted).toBeNull();
    expect(vm.proposal?.changes).toEqual([
      { item: 'developmentFundShare', from: inForce.developmentFundShare, to: 0.03 },
    ]);
    expect(vm.proposal?.by).toBe('Oostdal');
    expect(vm.proposal?.myVote).toBe('agree');
    expect(vm.proposal?.votes.find((v) => v.name === 'Westerveen')?.vote).toBe('disagree');
    expect(vm.canVote).toBe(true);
  });

  it('shows a package every municipality agreed as adopted, the base of the next proposal', () => {
    const inForce = regionVm(inOverleg.seat('ann')).inForce;
    expect(inForce.placementCoordination).toBe(false);
    // Every bot agrees to placement coordination: with Ann's yes the package passes at once.
    const agreed = inOverleg.act('ann', {
      type: 'propose-regional',
      decisions: { ...inForce, placementCoordination: true },
    });
    const vm = regionVm(agreed.seat('bo'));
    expect(vm.proposal).toBeNull();
    expect(vm.inForce.placementCoordination).toBe(false);
    expect(vm.adopted?.changes).toEqual([{ item: 'placementCoordination', from: false, to: true }]);
    expect(vm.base.placementCoordination).toBe(true);
  });
});

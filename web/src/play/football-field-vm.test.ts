import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { rebalanceSplit } from './budget-split.ts';
import { CARD, PITCH, pitchOrder } from './football-field-layout.ts';
import { type FieldInput, footballFieldVm, splitEuros } from './football-field-vm.ts';
import { wethouderVm } from './wethouder-vm.ts';

const split = { aanval: 0.08, middenveld: 0.07, verdediging: 0.85 };
const base: FieldInput = {
  split,
  inForce: split,
  effective: split,
  budgetEur: 14_500_000,
  spendByLine: null,
};
const zone = (vm: ReturnType<typeof footballFieldVm>, line: string) => vm.zones.find((z) => z.line === line)!;
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < CARD.width && Math.abs(a.y - b.y) < CARD.height;

describe('the football-field board', () => {
  it('draws own goal to attack: verdediging left, then middenveld, then aanval', () => {
    const vm = footballFieldVm(base);
    expect(vm.zones.map((z) => z.line)).toEqual(['verdediging', 'middenveld', 'aanval']);
    const [v, m, a] = vm.zones;
    expect(v.box.x).toBe(PITCH.x);
    expect(m.box.x).toBeCloseTo(v.box.x + v.box.width, 9);
    expect(a.box.x + a.box.width).toBeCloseTo(PITCH.x + PITCH.width, 9);
  });

  it('adds the shares up to 1 and the euros exactly to the budget', () => {
    const vm = footballFieldVm({ ...base, budgetEur: 14_500_001, split: { ...split, aanval: 0.0801 } });
    expect(vm.zones.reduce((s, z) => s + z.share, 0)).toBeCloseTo(1, 12);
    expect(vm.zones.reduce((s, z) => s + z.eur, 0)).toBe(14_500_001);
    expect(vm.budgetEur).toBe(14_500_001);
    expect(splitEuros([1 / 3, 1 / 3, 1 / 3], 100)).toEqual([34, 33, 33]);
  });

  it('makes aanval five times wider and five times richer when its share goes from 8% to 40%', () => {
    const before = footballFieldVm(base);
    const after = footballFieldVm({ ...base, split: rebalanceSplit(split, 'aanval', 0.4) });
    const a0 = zone(before, 'aanval');
    const a1 = zone(after, 'aanval');
    expect(a1.box.width / a0.box.width).toBeCloseTo(5, 9);
    expect(a1.eur / a0.eur).toBeCloseTo(5, 6);
    expect(a1.eur).toBe(5_800_000);
    // The rest is shared in proportion, so verdediging and middenveld both shrink.
    expect(zone(after, 'verdediging').box.width).toBeLessThan(zone(before, 'verdediging').box.width);
    expect(zone(after, 'middenveld').eur).toBeLessThan(zone(before, 'middenveld').eur);
    expect(after.zones.reduce((s, z) => s + z.eur, 0)).toBe(base.budgetEur);
  });

  it('keeps every label card on the pitch and clear of the others, however thin a zone is', () => {
    const splits = [
      split,
      { aanval: 0, middenveld: 0, verdediging: 1 },
      { aanval: 1 / 3, middenveld: 1 / 3, verdediging: 1 / 3 },
      { aanval: 0.9, middenveld: 0.05, verdediging: 0.05 },
    ];
    for (const s of splits) {
      const cards = footballFieldVm({ ...base, split: s }).zones.map((z) => z.card);
      for (const c of cards) {
        expect(c.x).toBeGreaterThanOrEqual(PITCH.x);
        expect(c.x + CARD.width).toBeLessThanOrEqual(PITCH.x + PITCH.width);
        expect(c.y + CARD.height).toBeLessThanOrEqual(PITCH.y + PITCH.height);
      }
      expect(overlap(cards[0], cards[1]) || overlap(cards[1], cards[2]) || overlap(cards[0], cards[2])).toBe(
        false,
      );
    }
    // Every pointer reaches its touchline without running under another card.
    for (const s of splits) {
      const cards = footballFieldVm({ ...base, split: s }).zones.map((z) => z.card);
      for (const c of cards) {
        const crossed = cards.filter(
          (o) =>
            o !== c &&
            (c.pointer === 'up' ? o.row < c.row : o.row > c.row) &&
            c.tipX >= o.x &&
            c.tipX <= o.x + CARD.width,
        );
        expect(crossed).toEqual([]);
      }
    }
    // The usual board (85% verdediging) stacks the two thin lines, and both still point home.
    expect(footballFieldVm(base).zones.every((z) => z.card.pointer !== null)).toBe(true);
    // An even split zigzags over two rows, each card pointing at the middle of its own zone.
    const even = footballFieldVm({
      ...base,
      split: { aanval: 1 / 3, middenveld: 1 / 3, verdediging: 1 / 3 },
    });
    expect(even.zones.map((z) => z.card.row)).toEqual([1, 0, 1]);
    for (const z of even.zones) expect(z.card.tipX).toBeCloseTo(z.box.center, 9);
  });

  it('tells where the risk reflex moved more than a point, against the split it worked on', () => {
    const effective = { aanval: 0.05, middenveld: 0.07, verdediging: 0.88 };
    const vm = footballFieldVm({ ...base, effective });
    expect(vm.zones.map((z) => [z.line, z.reflexMoved])).toEqual([
      ['verdediging', true],
      ['middenveld', false],
      ['aanval', true],
    ]);
    expect(zone(vm, 'verdediging').effectiveShare).toBe(0.88);
    // Half a point is rounding, not a reflex.
    const slight = footballFieldVm({ ...base, effective: { ...split, aanval: 0.075, verdediging: 0.855 } });
    expect(slight.reflexMoved).toBe(false);
    // Moving a slider is the student's own doing, not the reflex.
    const moved = footballFieldVm({ ...base, split: rebalanceSplit(split, 'aanval', 0.4) });
    expect(moved.reflexMoved).toBe(false);
  });

  it('has no last year and no reflex before the engine has said anything', () => {
    const vm = footballFieldVm({ ...base, effective: null });
    expect(vm.hasLastYear).toBe(false);
    expect(vm.reflexMoved).toBe(false);
    expect(vm.zones.every((z) => z.lastYearEur === null && z.effectiveShare === null)).toBe(true);
    const none = footballFieldVm({ ...base, split: { aanval: 0, middenveld: 0, verdediging: 0 } });
    expect(none.zones.map((z) => z.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe('the football-field board over a real seat view', () => {
  const ann = playedGame(1).seat('ann');
  const team = ann.team!;
  const beleid = ann.lenses.beleid!;

  it('shows the proposal live, with last year spent per line', () => {
    const next = rebalanceSplit(team.decisions.budgetSplit, 'aanval', 0.4);
    const { field } = wethouderVm(ann, team, { budgetSplit: next }, { spend: 'S', budget: 'B' });
    expect(zone(field, 'aanval').share).toBeCloseTo(0.4, 9);
    expect(field.budgetEur).toBe(Math.round(beleid.spend.budgetEur));
    expect(field.hasLastYear).toBe(true);
    for (const line of pitchOrder)
      expect(zone(field, line).lastYearEur).toBe(beleid.spend.spendByLine![line]);
  });

  it('takes a proposed budget, and has no last year before the first year is calculated', () => {
    const fresh = { ...ann, lenses: { ...ann.lenses, beleid: { ...beleid, series: [] } } };
    const budgetEur = Math.round(team.budgetBounds.max);
    const { field } = wethouderVm(fresh, team, { budgetEur }, { spend: 'S', budget: 'B' });
    expect(field.budgetEur).toBe(budgetEur);
    expect(field.hasLastYear).toBe(false);
    expect(field.zones.every((z) => z.lastYearEur === null)).toBe(true);
  });
});

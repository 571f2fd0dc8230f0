import { describe, expect, it } from 'vitest';
import { advance, createSimulation, type SimState } from '../engine/index.ts';
import { CareType, Phase } from '../engine/state/episodes.ts';
import { Acc } from '../engine/state/year-accumulator.ts';
import { loadPreset } from './support/presets.ts';

/**
 * Money reconciled from independent sides (issue "Model truth", "a check that can fail"): what the
 * municipality booked as verdediging spend and what the providers booked as receipts, against the care that
 * was physically given, counted here week by week from the episodes (client-weeks at a provider x the tariff
 * of MODEL.md M9, recomputed from the parameters) and the crisis places that stood ready (beds x availability
 * price). The engine books money only when a period is billed (a review, a transfer, a closure), so the care
 * given but not yet billed at the start and at the end of the year is counted from the episodes as well.
 */

/** MODEL.md M9 cost price of a client-week, from the parameters (written out here, not imported). */
const costPriceWeek = (st: SimState, type: number): number => {
  const p = st.params;
  const staffWeek = p.costPerFteYear / 52;
  if (type === CareType.residential || type === CareType.crisis) {
    const ftePerBed = type === CareType.residential ? p.residentialFtePerBed : p.crisisFtePerBed;
    return (ftePerBed * staffWeek + p.residentialFixedEurPerBedWeek) / p.plannedOccupancy;
  }
  const hours = type === CareType.specialist ? p.specialistHoursPerCaseWeek : p.ambulantHoursPerCaseWeek;
  return (
    (hours * staffWeek) /
    (p.weeklyHoursPerFte * (1 - p.referenceAdminShare) * (1 - 0.075)) /
    p.plannedOccupancy
  );
};

/** Per-product pay for one client-week: the tariff, plus the coordination overhead of a split need (M4). */
const weekRate = (st: SimState, id: number): number => {
  const e = st.episodes;
  const m = st.municipalities[e.muni[id]];
  const pieces =
    m.effective.funding === 'per-product' ? 1 + st.params.pieceCapacityOverhead * (e.pieces[id] - 1) : 1;
  return costPriceWeek(st, e.careType[id]) * m.effective.tariffLevel * pieces;
};

/** Episodes in care at a provider, billed per client-week (crisis is paid for availability instead). */
const billedEpisodes = function* (st: SimState): Generator<number> {
  const e = st.episodes;
  const n = st.municipalities.length;
  for (let id = 0; id < e.size; id++) {
    if (e.phase[id] === Phase.inCare && e.pool[id] >= n && e.careType[id] !== CareType.crisis) yield id;
  }
};

/** Care given since each episode's last billing, not yet paid. */
const unbilled = (st: SimState): number => {
  let sum = 0;
  for (const id of billedEpisodes(st)) sum += (st.week - st.episodes.periodStart[id]) * weekRate(st, id);
  return sum;
};

/** Crisis places that stood ready this week, paid by availability (beds x price x occupancy x tariff x share). */
const crisisReady = (st: SimState): number => {
  let sum = 0;
  for (const m of st.municipalities) {
    for (const p of m.eligible[CareType.crisis]) {
      const pr = st.providers[p];
      const share = m.youth / Math.max(1, st.providerContractYouth[p]);
      sum +=
        pr.beds *
        costPriceWeek(st, CareType.crisis) *
        st.params.plannedOccupancy *
        m.effective.tariffLevel *
        share;
    }
  }
  return sum;
};

const booked = (st: SimState) => ({
  spend: st.municipalities.reduce((a, m) => a + m.verdedigingPaidTotal, 0),
  receipts: st.providers.reduce((a, p) => a + p.revenueTotal, 0),
});

describe('money reconciliation', () => {
  it.each([
    ['per-product', 3],
    ['taakgericht', 5],
  ] as const)(
    '%s funding: verdediging spend over the year equals the client-weeks x tariff given plus the crisis places that stood ready (seed %i)',
    (funding, seed) => {
      // Tariff at cost price, so no provider runs out of reserves: a rescue (availability duty) is money that
      // no client-week explains, and is checked to be absent rather than subtracted.
      const scenario = loadPreset('npm-typisch', { namedFamilies: [] });
      for (const m of scenario.municipalities) m.decisions = { ...m.decisions, funding, tariffLevel: 1 };
      const st = createSimulation(scenario, seed);
      advance(st, st.warmupWeeks + 1);
      const start = booked(st);
      const unbilledAtStart = unbilled(st);
      let given = 0;
      // The rest of the first reported year: a year start may resize crisis units before that week's payment.
      for (let w = 0; w < 51; w++) {
        // The weekly crisis payment uses the contracts in force during the week: read them before it runs.
        given += crisisReady(st);
        advance(st, 1);
        for (const id of billedEpisodes(st)) given += weekRate(st, id);
      }
      const end = booked(st);
      const spend = end.spend - start.spend;
      const receipts = end.receipts - start.receipts;
      const explained = given + unbilledAtStart - unbilled(st);
      console.log(
        `${funding}: spend ${spend.toFixed(0)}, receipts ${receipts.toFixed(0)}, client-weeks x tariff + crisis ${explained.toFixed(0)}`,
      );
      expect(st.municipalities.every((m) => m.year.v[Acc.rescues] === 0)).toBe(true);
      expect(Math.abs(receipts - spend)).toBeLessThan(1);
      expect(Math.abs(spend - explained) / spend).toBeLessThan(1e-9);
    },
  );

  it('lump-sum funding: verdediging spend is the planned sum, less the specialists placed nearby, every week, and the providers receive it (seed 7)', () => {
    // NPM archetype: no risk-sharing term, so every euro is the lump sum (MODEL.md M9: the planned verdediging
    // budget each week minus the cost of the specialists at school and GP, 003:1253-1421).
    const scenario = loadPreset('npm-typisch', { namedFamilies: [] });
    for (const m of scenario.municipalities)
      m.decisions = { ...m.decisions, funding: 'lumpsum', tariffLevel: 1, specialistsNearby: true };
    const st = createSimulation(scenario, 7);
    advance(st, st.warmupWeeks + 1);
    const start = booked(st);
    let planned = 0;
    for (let w = 0; w < 51; w++) {
      for (const m of st.municipalities) {
        const nearbyFte = m.effective.specialistsNearby ? m.youth / st.params.youthPerNearbyFte : 0;
        const nearby = (nearbyFte * st.params.costPerFteYear) / 52;
        planned += Math.max(0, (m.budgetEur * m.effective.budgetSplit.verdediging) / 52 - nearby);
      }
      advance(st, 1);
    }
    const end = booked(st);
    const spend = end.spend - start.spend;
    const receipts = end.receipts - start.receipts;
    console.log(
      `lumpsum: spend ${spend.toFixed(0)}, receipts ${receipts.toFixed(0)}, planned ${planned.toFixed(0)}`,
    );
    expect(st.municipalities.every((m) => m.year.v[Acc.rescues] === 0)).toBe(true);
    expect(Math.abs(receipts - spend)).toBeLessThan(1);
    expect(Math.abs(spend - planned) / spend).toBeLessThan(1e-9);
  });

  it('per-trajectory funding: verdediging spend is one fixed sum per start of care at a provider, plus the crisis places that stood ready (seed 9)', () => {
    // MODEL.md M9: a per-trajectory tariff pays trajectoryWeeks x the weekly tariff when care starts (a move to
    // another provider starts a new trajectory). Starts are counted here from the episodes: an episode in care
    // at a provider (not crisis) this week that was not in care at that provider, with that token, last week.
    const scenario = loadPreset('npm-typisch', { namedFamilies: [] });
    for (const m of scenario.municipalities)
      m.decisions = { ...m.decisions, funding: 'per-traject', tariffLevel: 1 };
    const st = createSimulation(scenario, 9);
    advance(st, st.warmupWeeks + 1);
    const e = st.episodes;
    const weeksOf = (type: number): number =>
      type === CareType.ambulant
        ? st.params.trajectoryWeeksAmbulant
        : type === CareType.specialist
          ? st.params.trajectoryWeeksSpecialist
          : st.params.trajectoryWeeksResidential;
    const snapshot = (): Map<number, string> => {
      const inCare = new Map<number, string>();
      for (const id of billedEpisodes(st)) inCare.set(id, `${e.pool[id]}/${e.token[id]}/${e.careStart[id]}`);
      return inCare;
    };
    const start = booked(st);
    let before = snapshot();
    let paid = 0;
    let starts = 0;
    for (let w = 0; w < 51; w++) {
      paid += crisisReady(st);
      advance(st, 1);
      const now = snapshot();
      for (const [id, key] of now) {
        if (before.get(id) === key) continue;
        const m = st.municipalities[e.muni[id]];
        paid += weeksOf(e.careType[id]) * costPriceWeek(st, e.careType[id]) * m.effective.tariffLevel;
        starts++;
      }
      before = now;
    }
    const end = booked(st);
    const spend = end.spend - start.spend;
    const receipts = end.receipts - start.receipts;
    console.log(
      `per-traject: spend ${spend.toFixed(0)}, receipts ${receipts.toFixed(0)}, ${starts} starts x sum + crisis ${paid.toFixed(0)}`,
    );
    expect(starts).toBeGreaterThan(100);
    expect(st.municipalities.every((m) => m.year.v[Acc.rescues] === 0)).toBe(true);
    expect(Math.abs(receipts - spend)).toBeLessThan(1);
    expect(Math.abs(spend - paid) / spend).toBeLessThan(1e-6);
  });
});

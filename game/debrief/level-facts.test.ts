import { describe, expect, it } from 'vitest';
import { type CareTypeCounts, decisionsSchema, type YearReport } from '../../engine/index.ts';
import type { TeamRun } from './evidence-types.ts';
import { ADMIN_BURDEN, LEVEL_WEIGHT, levelEvidence, levelFacts } from './level-facts.ts';

const care = (local: number, specialist = 0): CareTypeCounts => ({
  local,
  ambulant: 0,
  specialist,
  residential: 0,
  crisis: 0,
});

/** One year of a municipality: 400 in care, 60 waiting, 8% of the week on admin, no fund, 2,000 youths. */
const year = (over: Partial<YearReport> = {}, dashboard: Partial<YearReport['dashboard']> = {}) =>
  ({
    year: 2029,
    adminShare: 0.08,
    spendByLine: { aanval: 0, middenveld: 0, verdediging: 0, transactie: 0, leren: 0 },
    ...over,
    dashboard: {
      registeredDemand: care(300, 100),
      trueNeed: care(340, 120),
      registeredSuccessShare: 0.7,
      trueSuccessShare: 0.7,
      ...dashboard,
    },
  }) as YearReport;

const team = (id: string, years: YearReport[], decisions = {}): TeamRun => ({
  id,
  name: id[0].toUpperCase() + id.slice(1),
  youth: 2000,
  years,
  decisions: decisionsSchema.parse(decisions),
});

const context = { weeklyHours: 36 };
const only = (id: string) => levelFacts.filter((f) => f.id === id);
const one = (id: string, teams: TeamRun[]) => levelEvidence(teams, context, only(id));

describe('level facts of question 3 (learning or settling accounts)', () => {
  it('use-only registration: the waiting children missing from the registered demand, with the numbers', () => {
    const [e] = one('use-not-need', [team('oostdal', [year()])]);
    expect(e).toMatchObject({
      id: 'use-not-need:oostdal',
      question: 3,
      lens: 'beleid',
      municipalities: ['oostdal'],
      message: {
        key: 'use-not-need',
        count: 60,
        values: {
          m: 'Oostdal',
          setup: { nl: 'alleen gebruik registreren', en: 'registering use only' },
          registered: 400,
          need: 460,
          missing: 60,
          share: 13,
        },
      },
    });
    expect(e.strength).toBeCloseTo(LEVEL_WEIGHT * (60 / 460), 12);
  });

  it('use-not-need does NOT appear when the register counts need, or misses less than one young person', () => {
    const need = year({}, { registeredDemand: care(340, 120) });
    expect(one('use-not-need', [team('oostdal', [need], { registration: 'behoefte' })])).toEqual([]);
    const almost = year({}, { registeredDemand: care(340, 119.6) });
    expect(one('use-not-need', [team('oostdal', [almost])])).toEqual([]);
  });

  it('paper success: the share the dashboard booked as success next to what was really solved', () => {
    const y = year({}, { registeredSuccessShare: 0.784, trueSuccessShare: 0.652 });
    const [e] = one('paper-success', [team('oostdal', [y], { funding: 'per-traject' })]);
    expect(e.message).toEqual({
      key: 'paper-success',
      values: {
        m: 'Oostdal',
        setup: { nl: 'betaling per traject', en: 'pay per trajectory' },
        booked: 78,
        solved: 65,
      },
    });
    expect(e.strength).toBeCloseTo(LEVEL_WEIGHT * (13 / 78), 12);
  });

  it('paper-success does NOT appear when the dashboard shows the same whole percentage as what was solved', () => {
    const y = year({}, { registeredSuccessShare: 0.702, trueSuccessShare: 0.698 });
    expect(one('paper-success', [team('oostdal', [y])])).toEqual([]);
  });

  it('admin week: hours of the week on accounting next to the hours for reflection, from 20% of the week', () => {
    const y = year({ adminShare: 0.32 });
    const [e] = one('admin-week', [team('oostdal', [y], { reflectionHours: 1 })]);
    expect(e.message).toEqual({
      key: 'admin-week',
      count: 1,
      values: {
        m: 'Oostdal',
        setup: { nl: 'strakke controle', en: 'tight control' },
        hours: 11.5,
        week: 36,
        share: 32,
        reflection: 1,
      },
    });
    expect(e.strength).toBeCloseTo(LEVEL_WEIGHT * (0.32 / 0.4), 12);
  });

  it('admin-week does NOT appear below the 20% the sources call the burden (004:297)', () => {
    const y = year({ adminShare: ADMIN_BURDEN - 0.01 });
    expect(one('admin-week', [team('oostdal', [y])])).toEqual([]);
  });

  it('learning or accounting money: euros per young person for contracts and for learning, when one is twice the other', () => {
    const spend = { aanval: 0, middenveld: 0, verdediging: 0, transactie: 61_000, leren: 0 };
    const [e] = one('learn-or-account', [
      team('oostdal', [year({ spendByLine: spend })], { procurement: 'open-house' }),
    ]);
    expect(e.message).toEqual({
      key: 'learn-or-account',
      values: { m: 'Oostdal', setup: { nl: 'open house', en: 'open house' }, account: 31, learn: 0 },
    });
    expect(e.strength).toBe(LEVEL_WEIGHT);
    const learns = { ...spend, transactie: 20_000, leren: 100_000 };
    expect(
      one('learn-or-account', [team('oostdal', [year({ spendByLine: learns })])])[0].message.values,
    ).toMatchObject({ account: 10, learn: 50 });
  });

  it('learn-or-account does NOT appear for a balance (less than twice) or under one euro per young person', () => {
    const balance = { aanval: 0, middenveld: 0, verdediging: 0, transactie: 60_000, leren: 40_000 };
    expect(one('learn-or-account', [team('oostdal', [year({ spendByLine: balance })])])).toEqual([]);
    const tiny = { ...balance, transactie: 900, leren: 0 };
    expect(one('learn-or-account', [team('oostdal', [year({ spendByLine: tiny })])])).toEqual([]);
  });

  it('names the municipality where a fact is strongest, once per fact, from its last year', () => {
    const teams = [
      team('oostdal', [year({ adminShare: 0.4 }), year({ adminShare: 0.22 })]),
      team('westerveen', [year({ adminShare: 0.3 })]),
    ];
    const [e] = one('admin-week', teams);
    expect(e.municipalities).toEqual(['westerveen']);
    expect(e.message.values.share).toBe(30);
  });

  it('says nothing before a year was calculated', () => {
    expect(levelEvidence([team('oostdal', [])], context)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../engine/index.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { projectForProjector } from './project-for-projector.ts';
import { projectForSeat } from './project-for-seat.ts';

/**
 * Round 1 is not decided blind (issue 15, defect 11): every lens and the projector show the warm-up's last year
 * as last year, marked as the baseline, with exactly the engine's figures for that year.
 */
describe('round 1 starts from the baseline year', () => {
  const s = playTo(withSeats({ solo: { municipalityId: 'westerveen' } }), 1, 'signalen');
  const index = s.teams.findIndex((t) => t.id === 'westerveen');
  const report = buildReport(s.sim);
  const base = report.baselineYear?.municipalities[index];
  const lenses = projectForSeat(s, 'solo')?.lenses;

  it('is the engine warm-up year, a year before the session, and no year is played yet', () => {
    expect(base?.year).toBe(s.startYear - 1);
    expect(report.municipalities[index].years).toEqual([]);
    for (const lens of ['beleid', 'contracten', 'praktijk', 'leefwereld'] as const) {
      expect(lenses?.[lens]?.shown).toEqual({ year: s.startYear - 1, baseline: true });
      expect(lenses?.[lens]?.series.map((y) => y.year)).toEqual([s.startYear - 1]);
    }
  });

  it('fills the beleid dashboard and spend with the baseline figures', () => {
    const b = lenses?.beleid;
    expect(b?.dashboard?.registeredWaiting).toBe(base?.dashboard.registeredWaiting);
    expect(b?.dashboard?.registeredClients).toBe(base?.dashboard.registeredClients);
    expect(b?.dashboard?.costPerTrajectoryEur).toBe(base?.dashboard.costPerTrajectoryEur);
    expect(b?.spend.spendEur).toBe(base?.spendEur);
    expect(b?.spend.spendByLine).toEqual(base?.spendByLine);
    expect(base?.spendEur).toBeGreaterThan(0);
  });

  it('fills the uitvoering lenses (contracten, praktijk) with the baseline figures', () => {
    const c = lenses?.contracten;
    expect(c?.behaviour.activeProviders).toBe(base?.activeProviders);
    expect(c?.behaviour.earlyClosures).toBe(base?.earlyClosures);
    expect(c?.behaviour.bankruptcies).toBe(base?.bankruptcies);
    expect(lenses?.praktijk?.series[0]).toMatchObject({
      adminShare: base?.adminShare,
      turnover: base?.turnover,
    });
  });

  it('fills the leefwereld with the baseline figures', () => {
    const l = lenses?.leefwereld?.summary;
    expect(l?.year).toBe(s.startYear - 1);
    expect(l?.weeksToFirstHelp).toEqual(base?.weeksToFirstHelp);
    expect(l?.storyTellingsPerFamily).toBe(base?.storyTellingsPerFamily);
    expect(l?.reallyWaiting).toBe(base?.dashboard.trueWaiting);
    expect(l?.gaveUp).toBe(base?.gaveUp);
  });

  it('shows the projector every municipality baseline, and the played year once there is one', () => {
    const results = projectForProjector(s).results;
    expect(results.baselineYear).toBe(s.startYear - 1);
    results.municipalities.forEach((m, i) => {
      const y = report.baselineYear?.municipalities[i];
      expect(m.years).toEqual([]);
      expect(m.baseline).toMatchObject({
        year: y?.year,
        registeredWaiting: y?.dashboard.registeredWaiting,
        weeksToFirstHelp: y?.weeksToFirstHelp.median,
        trust: y?.trust,
      });
    });
    const after = playTo(s, 2, 'signalen');
    const later = projectForSeat(after, 'solo')?.lenses;
    expect(later?.beleid?.shown).toEqual({ year: s.startYear, baseline: false });
    expect(later?.beleid?.series.map((y) => y.year)).toEqual([s.startYear - 1, s.startYear]);
    expect(later?.beleid?.dashboard?.registeredWaiting).toBe(
      after.sim.history[index][0].dashboard.registeredWaiting,
    );
  });
});

import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { familyReport } from './build-report.ts';
import type { FamilyReport, YearReport } from './report-types.ts';

/** Read-only projections of one municipality through the three lenses (GAME.md section 6). */
const municipality = (st: SimState, id: string): MunicipalityState => {
  const m = st.municipalities.find((x) => x.id === id);
  if (!m) throw new Error(`unknown municipality "${id}"`);
  return m;
};

/** The last reported year; before the first one, the warm-up's last year (the baseline round 1 starts from). */
const lastYear = (st: SimState, m: MunicipalityState): YearReport | undefined =>
  st.history[m.index].at(-1) ?? st.baseline?.municipalities[m.index];

/** Beleid (meetbaar): what the municipality registers, not what is true. */
export const beleidView = (st: SimState, id: string) => {
  const m = municipality(st, id);
  const y = lastYear(st, m);
  return {
    municipality: m.id,
    year: y?.year ?? null,
    budgetEur: m.budgetEur,
    spendEur: y?.spendEur ?? 0,
    spendByLine: y?.spendByLine ?? null,
    dashboard: y?.dashboard ?? null,
    contracts: m.contracted.length,
    politicalPressure: m.pressure,
    decisions: m.decisions,
    effectiveDecisions: m.effective,
  };
};

/** Uitvoering: the professionals' week and the providers' state. */
export const uitvoeringView = (st: SimState, id: string) => {
  const m = municipality(st, id);
  const team = m.localTeam;
  const pool = team.pool;
  return {
    municipality: m.id,
    localTeam: {
      fte: team.fteFunded,
      vacancies: team.vacancies,
      sickLeave: team.sickLeave,
      turnoverPerYear: team.turnover,
      adminShare: m.adminShare,
      autonomy: m.autonomy,
      casesInHand: st.pools.busy[pool],
      slots: st.pools.capacity[pool],
      waitingAtTheDoor: st.pools.waiting[pool],
    },
    providers: m.contracted.map((p) => {
      const pr = st.providers[p];
      return {
        id: pr.id,
        name: pr.name,
        type: ['local', 'ambulant', 'specialist', 'residential', 'crisis'][pr.type],
        bankrupt: pr.bankrupt,
        fte: pr.fteTarget - pr.vacancies,
        quality: pr.quality,
        reservesEur: pr.reserves,
        adminShare: pr.adminShare,
        sickLeave: pr.sickLeave,
        inCare: st.pools.busy[pr.pool],
        places: st.pools.capacity[pr.pool],
        waiting: st.pools.waiting[pr.pool],
      };
    }),
    transactionEurPerYear: m.transactionEurPerWeek * 52,
    gamingLevel: m.gaming,
    learningStock: m.learning,
  };
};

/** Leefwereld (merkbaar): what families go through, and the named families' journeys. */
export const leefwereldView = (st: SimState, id: string) => {
  const m = municipality(st, id);
  const y = lastYear(st, m);
  return {
    municipality: m.id,
    year: y?.year ?? null,
    weeksToFirstHelp: y?.weeksToFirstHelp ?? null,
    professionalsPerFamily: y?.professionalsPerFamily ?? null,
    storyTellingsPerFamily: y?.storyTellingsPerFamily ?? null,
    desksPerFamily: y?.desksPerFamily ?? null,
    lettersPerFamily: y?.lettersPerFamily ?? null,
    continuityBreaksPerFamily: y?.continuityBreaksPerFamily ?? null,
    thuiszitters: y?.thuiszitters ?? null,
    outOfHomePlacements: y?.outOfHomePlacements ?? null,
    stayedSmall: y?.stayedSmall ?? null,
    trust: m.trust,
    families: familyViews(st, id),
  };
};

export const familyViews = (st: SimState, id: string): FamilyReport[] => {
  const m = municipality(st, id);
  return st.families.filter((f) => f.municipality === m.index).map((f) => familyReport(st, f));
};

import { CARE_TYPES, CareType } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { fillPool } from './access.ts';
import { adminShareOf, localAutonomyOf } from './admin.ts';
import { updateLearning } from './learning.ts';
import { updateBasisStrength } from './onset.ts';
import { nearbySpecialistFte, payLumpSums } from './provider-finance.ts';
import { transitionAdmin, transitionCostWeek, transitionWeek } from './transition.ts';
import { careSlots, updateWorkforce } from './workforce.ts';

export const localTeamFte = (st: SimState, m: MunicipalityState): number =>
  (m.budgetEur * m.effective.budgetSplit.middenveld) / st.params.costPerFteYear + nearbySpecialistFte(st, m);

/** The weekly round of a municipality: stocks (M11, M12), its team's work conditions (M5, M8), its money. */
export const updateMunicipalityWeek = (st: SimState, m: MunicipalityState): void => {
  updateBasisStrength(st, m);
  updateLearning(st, m);
  transitionWeek(st, m);
  m.adminShare = Math.min(
    st.params.adminShareMax,
    adminShareOf(st.params, m.effective, m.contracted.length, m.learning) + transitionAdmin(st, m),
  );
  m.autonomy = localAutonomyOf(st.params, m.effective);
  updateLocalTeam(st, m);
  spendWeek(st, m);
  accumulateWeek(st, m);
};

const updateLocalTeam = (st: SimState, m: MunicipalityState): void => {
  const team = m.localTeam;
  const funded = localTeamFte(st, m);
  // New posts start vacant: a budget rise reaches families only after hiring (M8).
  if (funded > team.fteFunded) team.vacancies += funded - team.fteFunded;
  team.fteFunded = funded;
  const pools = st.pools;
  const load = pools.capacity[team.pool] > 0 ? pools.busy[team.pool] / pools.capacity[team.pool] : 1;
  updateWorkforce(st.params, team, funded, m.adminShare, m.autonomy, load);
  const before = pools.capacity[team.pool];
  pools.capacity[team.pool] = careSlots(
    st.params,
    funded,
    team,
    m.adminShare,
    m.effective.reflectionHours,
    st.params.localHoursPerCaseWeek,
    planHours(st, m),
  );
  if (pools.capacity[team.pool] > before) fillPool(st, team.pool);
};

/**
 * With one plan and one contact the team keeps the plan of every family a provider helps, and is its contact
 * (004:434; in West-Brabant West 100 professionals for about 7,000 youths in care a year, 003:275-278): those
 * hours are not there for its own cases and intakes.
 */
const planHours = (st: SimState, m: MunicipalityState): number => {
  if (!m.effective.onePlanOneContact) return 0;
  let families = 0;
  for (let t = 0; t < CARE_TYPES; t++) if (t !== CareType.local) families += m.inCareByType[t];
  return families * st.params.planHoursPerFamilyWeek;
};

/** M15 spend lines: aanval, middenveld, learning and transaction costs accrue weekly; care is paid as used. */
const spendWeek = (st: SimState, m: MunicipalityState): void => {
  const v = m.year.v;
  const d = m.effective;
  v[Acc.spendAanval] += (m.budgetEur * d.budgetSplit.aanval) / 52;
  const staff = m.localTeam.fteFunded - m.localTeam.vacancies;
  v[Acc.spendMiddenveld] += (staff * st.params.costPerFteYear) / 52;
  v[Acc.spendLeren] += (m.budgetEur * (d.learningFundShare + st.regional.developmentFundShare)) / 52;
  v[Acc.spendTransactie] += m.transactionEurPerWeek + transitionCostWeek(st, m);
  payLumpSums(st, m);
};

/** Registrations per waiting family: under competition families sign up at several providers (M10). */
const registrationsPerWaiting = (st: SimState, m: MunicipalityState): number =>
  m.effective.archetype === 'npm' && !m.effective.sharedLedger
    ? Math.min(st.params.registrationsMax, 1 + m.contracted.length / st.params.contractsPerExtraRegistration)
    : 1;

const accumulateWeek = (st: SimState, m: MunicipalityState): void => {
  const v = m.year.v;
  v[Acc.weeksAccumulated]++;
  v[Acc.activeWeeks] += m.inCare;
  v[Acc.adminWeeks] += m.adminShare;
  v[Acc.sickWeeks] += m.localTeam.sickLeave;
  v[Acc.turnoverWeeks] += m.localTeam.turnover;
  let waiting = 0;
  for (let t = 0; t < CARE_TYPES; t++) {
    waiting += m.waitingByType[t];
    v[Acc.useLocal + t] += m.inCareByType[t];
    v[Acc.needLocal + t] += m.inCareByType[t] + m.waitingByType[t];
  }
  v[Acc.trueWaitingWeeks] += waiting;
  v[Acc.registeredWaitingWeeks] += waiting * registrationsPerWaiting(st, m);
};

/** One year of outputs for a municipality or the region (the CLI's JSON contract, issue #2 section 3). */
export type YearReport = {
  year: number;
  /** Distinct youths who received any youth care in the year. */
  youthInCare: number;
  /** Mean number in care at a moment. */
  activeCasesMean: number;
  /** youthInCare / youths 0-22. */
  prevalence: number;
  /** Share of youths in care who were in residential (or crisis) care in the year. */
  residentialShare: number;
  /** Care episodes whose first help began in the year. */
  newEpisodes: number;
  /** Mean length in weeks of care episodes that ended in the year. */
  meanEpisodeWeeks: number;
  /** Weeks from the first signal to the first real help, for help that began in the year. */
  weeksToFirstHelp: { median: number; p90: number; mean: number };
  professionalsPerFamily: number;
  storyTellingsPerFamily: number;
  desksPerFamily: number;
  lettersPerFamily: number;
  continuityBreaksPerFamily: number;
  thuiszitters: number;
  outOfHomePlacements: number;
  /** Share of residential placements that were not the place the child needed. */
  placementMismatchShare: number;
  escalations: number;
  stayedSmall: number;
  /** Needs that arose in the year (true, whether or not anyone noticed them). */
  onsets: number;
  /** Needs that stayed small in the sociale basis per need that arose (M1, M12). */
  stayedSmallShare: number;
  /** Share of first signals (a family asking for help) made while the need was still light (M1). */
  lightAtSignalShare: number;
  gaveUp: number;
  earlyClosures: number;
  /** Youths whose care stopped at 18 (or 23 after an extension) with the need unresolved (M7). */
  agedOut: number;
  adminShare: number;
  sickLeave: number;
  turnover: number;
  activeProviders: number;
  bankruptcies: number;
  /** Times the municipality helped pay to keep the area's last provider of a kind of group care open (M16). */
  rescues: number;
  spendEur: number;
  spendByLine: { aanval: number; middenveld: number; verdediging: number; transactie: number; leren: number };
  budgetEur: number;
  /** Mean trust of families (0-1). */
  trust: number;
  learningStock: number;
  gamingLevel: number;
  basisStrength: number;
  politicalPressure: number;
  /** What the municipality registers (its dashboard) next to what is true. */
  dashboard: DashboardReport;
};

export type CareTypeCounts = {
  local: number;
  ambulant: number;
  specialist: number;
  residential: number;
  crisis: number;
};

export type DashboardReport = {
  registeredClients: number;
  registeredWaiting: number;
  trueWaiting: number;
  registeredDemand: CareTypeCounts;
  trueNeed: CareTypeCounts;
  registeredSuccessShare: number;
  trueSuccessShare: number;
  costPerTrajectoryEur: number;
  lawfulness: number;
  /** What the municipality paid its relational partners under the risk-sharing term (part of verdediging, M9). */
  riskSharingEur: number;
};

export type MunicipalityReport = { id: string; name: string; youth: number; years: YearReport[] };

export type FamilyEvent = { week: number; kind: FamilyEventKind; detail: string };
export type FamilyEventKind =
  | 'onset'
  | 'signal'
  | 'desk'
  | 'intake'
  | 'letter'
  | 'waiting'
  | 'care-start'
  | 'review'
  | 'continuity-break'
  | 're-referral'
  | 'escalation'
  | 'placement'
  | 'out-of-school'
  | 'gave-up'
  | 'returned'
  | 'early-closure'
  | 'resolved'
  | 'stayed-small'
  | 'aged-out'
  | 'transfer';

export type FamilyReport = {
  municipality: string;
  key: string;
  name: string;
  events: FamilyEvent[];
  /** The family's experience so far (leefwereld counters). */
  journey: {
    weeksWaited: number;
    professionals: number;
    tellings: number;
    desks: number;
    letters: number;
    continuityBreaks: number;
    trust: number;
    place: 'home' | 'residential' | 'crisis';
    inSchool: boolean;
    status: 'not-yet' | 'waiting' | 'in-care' | 'resolved' | 'away';
  };
};

/**
 * The last warm-up weeks (at most 52) closed like a reported year, with year = startYear - 1: the settled
 * past a game's round 1 starts from ("last year"). Never one of the reported years.
 */
export type BaselineYear = {
  /** In the order of the scenario's municipalities. */
  municipalities: YearReport[];
  region: YearReport;
};

export type SimulationReport = {
  scenario: string;
  seed: number;
  startYear: number;
  municipalities: MunicipalityReport[];
  region: { years: YearReport[] };
  families: FamilyReport[];
  /** Absent when the scenario has no warm-up. */
  baselineYear?: BaselineYear;
};

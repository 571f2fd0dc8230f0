import type { SeatView } from '../api/view-types.ts';
import { type Kpi, kpi } from './kpi.ts';

/**
 * The numbers of each lens part, one builder per part, so a role's own screen and the team table (where the
 * part was shared) show the same numbers the same way.
 */
type Lenses = Required<SeatView['lenses']>;
export type BeleidDashboard = Lenses['beleid']['dashboard'];
export type BeleidSpend = Lenses['beleid']['spend'];
export type ContractBehaviour = Lenses['contracten']['behaviour'];
export type ContractProviders = Lenses['contracten']['providers'];
export type LocalTeam = Lenses['praktijk']['local-team'];
export type Workload = Lenses['praktijk']['workload'];
export type LeefwereldSummary = Lenses['leefwereld']['summary'];

/** A professional's working week (assumption: a 36-hour contract, the usual one in Dutch youth care). */
export const workWeekHours = 36;

export const dashboardKpis = (d: BeleidDashboard | null | undefined): Kpi[] => [
  kpi('registeredClients', d?.registeredClients, 'integer'),
  // People on a list are whole people: never "576,5" (issue 15, defect 6).
  kpi('registeredWaiting', d?.registeredWaiting, 'integer'),
  kpi('costPerTrajectory', d?.costPerTrajectoryEur, 'euro'),
  kpi('lawfulness', d?.lawfulness, 'percent'),
  kpi('registeredSuccess', d?.registeredSuccessShare, 'percent'),
  kpi('riskSharing', d?.riskSharingEur, 'euroCompact'),
];

export const spendKpis = (s: BeleidSpend | null | undefined): Kpi[] => [
  kpi('spend', s?.spendEur, 'euroCompact'),
  kpi('budget', s?.budgetEur, 'euroCompact'),
];

export const behaviourKpis = (b: ContractBehaviour | null | undefined): Kpi[] => [
  kpi('activeProviders', b?.activeProviders, 'integer'),
  kpi('bankruptcies', b?.bankruptcies, 'integer'),
  kpi('earlyClosures', b?.earlyClosures, 'integer'),
  kpi('gamingLevel', b?.gamingLevel, 'percent'),
  kpi('transactionCosts', b?.transactionEurPerYear, 'euroCompact'),
];

/** A shared provider list is summed up, not listed: the inkoper's own screen has the table. */
export const providerListKpis = (ps: ContractProviders | null | undefined): Kpi[] => [
  kpi('activeProviders', ps?.filter((p) => !p.bankrupt).length, 'integer'),
  kpi('bankruptProviders', ps?.filter((p) => p.bankrupt).length, 'integer'),
  kpi(
    'waitingAtProviders',
    ps?.reduce((sum, p) => sum + p.waiting, 0),
    'integer',
  ),
];

export const localTeamKpis = (team: LocalTeam | null | undefined): Kpi[] => {
  return [
    // The model's local-team case is a family in guidance at about 4 hours a week (localHoursPerCaseWeek),
    // not a file on a desk, so the screen shows families in guidance and how full the team is rather than a
    // per-professional caseload that would read as implausibly low next to real wijkteam caseloads.
    kpi('localTeamFamilies', team?.casesInHand, 'integer'),
    kpi('localTeamOccupancy', team && team.slots > 0 ? team.casesInHand / team.slots : null, 'percent'),
    kpi('adminHoursPerWeek', team ? team.adminShare * workWeekHours : null, 'decimal'),
    kpi('adminShare', team?.adminShare, 'percent'),
    kpi('waitingAtTheDoor', team?.waitingAtTheDoor, 'integer'),
    kpi('colleaguesLeaving', team ? team.turnoverPerYear * team.fte : null, 'decimal'),
    kpi('sickLeave', team?.sickLeave, 'percent'),
    kpi('vacancies', team?.vacancies, 'decimal'),
    kpi('autonomy', team?.autonomy, 'percent'),
  ];
};

export const workloadKpis = (w: Workload | null | undefined): Kpi[] => [
  kpi('adminHoursPerWeek', w ? w.adminShare * workWeekHours : null, 'decimal'),
  kpi('adminShare', w?.adminShare, 'percent'),
  kpi('autonomy', w?.autonomy, 'percent'),
  kpi('learningStock', w?.learningStock, 'percent'),
];

export const leefwereldKpis = (s: LeefwereldSummary | null | undefined): Kpi[] => [
  kpi('weeksToFirstHelp', s?.weeksToFirstHelp?.median, 'decimal'),
  kpi('storyTellings', s?.storyTellingsPerFamily, 'decimal'),
  kpi('desks', s?.desksPerFamily, 'decimal'),
  kpi('letters', s?.lettersPerFamily, 'decimal'),
  kpi('continuityBreaks', s?.continuityBreaksPerFamily, 'decimal'),
  kpi('thuiszitters', s?.thuiszitters, 'integer'),
  kpi('outOfHomePlacements', s?.outOfHomePlacements, 'integer'),
  kpi('trust', s?.trust, 'percent'),
];

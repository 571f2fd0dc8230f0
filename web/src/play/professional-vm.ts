import type { SeatView } from '../api/view-types.ts';
import { kpi } from './kpi.ts';

/** A professional's working week (assumption: a 36-hour contract, the usual one in Dutch youth care). */
export const workWeekHours = 36;

/** The week of the local team: caseload, admin hours, who waits at the door, colleagues leaving. */
export const professionalVm = (view: SeatView) => {
  const lens = view.lenses.praktijk;
  const team = lens?.['local-team'];
  const working = team ? Math.max(0, team.fte - team.vacancies) : null;
  return {
    kpis: [
      kpi('caseloadPerProfessional', team && working ? team.casesInHand / working : null, 'decimal'),
      kpi('adminHoursPerWeek', team ? team.adminShare * workWeekHours : null, 'decimal'),
      kpi('adminShare', team?.adminShare, 'percent'),
      kpi('waitingAtTheDoor', team?.waitingAtTheDoor, 'integer'),
      kpi('colleaguesLeaving', team ? team.turnoverPerYear * team.fte : null, 'decimal'),
      kpi('sickLeave', team?.sickLeave, 'percent'),
      kpi('vacancies', team?.vacancies, 'decimal'),
      kpi('autonomy', team?.autonomy, 'percent'),
      kpi('learningStock', lens?.workload.learningStock, 'percent'),
    ],
    hoursOfTheWeek: team
      ? { admin: team.adminShare * workWeekHours, families: (1 - team.adminShare) * workWeekHours }
      : null,
  };
};

import type { SeatView } from '../api/view-types.ts';
import { kpi } from './kpi.ts';
import { localTeamKpis, workWeekHours } from './lens-kpis.ts';

/** The week of the local team: caseload, admin hours, who waits at the door, colleagues leaving. */
export const professionalVm = (view: SeatView) => {
  const lens = view.lenses.praktijk;
  const team = lens?.['local-team'];
  return {
    kpis: [...localTeamKpis(team), kpi('learningStock', lens?.workload.learningStock, 'percent')],
    hoursOfTheWeek: team
      ? { admin: team.adminShare * workWeekHours, families: (1 - team.adminShare) * workWeekHours }
      : null,
  };
};

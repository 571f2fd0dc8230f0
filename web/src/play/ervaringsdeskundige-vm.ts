import type { SeatView } from '../api/view-types.ts';
import { familyCardVm, sessionClock } from './family-card-vm.ts';
import { leefwereldKpis } from './lens-kpis.ts';

export const signalAspects = [
  'story-retold',
  'waiting',
  'letters',
  'desks',
  'continuity',
  'school',
  'trust',
] as const;

/** The named families' journeys as timelines with their kitchen-table stories, and the signals already raised. */
export const ervaringsdeskundigeVm = (view: SeatView) => {
  const lens = view.lenses.leefwereld;
  return {
    kpis: leefwereldKpis(lens?.summary),
    families: (lens?.families ?? []).map((f) => ({
      ...familyCardVm(f, sessionClock(view.session)),
      signals: (view.team?.signals ?? []).filter((x) => x.familyKey === f.key),
    })),
    signalsAreDecor: view.team?.decisions.ervaringskennis !== 'structureel',
  };
};

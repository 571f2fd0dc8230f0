import { projectForFacilitator } from '../projections/project-for-facilitator.ts';
import { projectForProjector } from '../projections/project-for-projector.ts';
import { projectForSeat } from '../projections/project-for-seat.ts';
import type { GameState } from '../state/game-state.ts';

/** Numbers precise enough to be recognisable in a view as a draft's value (not 0, 1 or a round share). */
const fingerprints = (values: readonly unknown[]): string[] =>
  values.filter((v): v is number => typeof v === 'number' && String(v).length >= 8).map(String);

/**
 * What would leak: any token anywhere; a rejoin code outside its own seat's view; another team's draft or
 * submission values in a student's view; any draft value on the projector.
 */
export const leaks = (s: GameState): string[] => {
  const found: string[] = [];
  const tokens = s.seats.map((x) => x.token);
  const desk = (teamId: string | null) =>
    fingerprints(
      s.teams
        .filter((t) => t.id !== teamId)
        .flatMap((t) => [
          ...Object.values(t.drafts).flatMap((d) => (d ? Object.values(d.changes) : [])),
          ...(t.submission ? [t.submission.decisions.tariffLevel, t.submission.decisions.mandate] : []),
        ]),
    );
  for (const seat of s.seats) {
    const text = JSON.stringify(projectForSeat(s, seat.id));
    for (const t of tokens) if (text.includes(t)) found.push(`token in view of ${seat.id}`);
    for (const o of s.seats)
      if (o.id !== seat.id && text.includes(o.rejoinCode))
        found.push(`rejoin code of ${o.id} in view of ${seat.id}`);
    const view = projectForSeat(s, seat.id);
    if (view?.team && view.team.id !== seat.municipalityId) found.push(`${seat.id} sees another team desk`);
    const own = fingerprints(
      s.teams
        .filter((t) => t.id === seat.municipalityId)
        .flatMap((t) => [
          ...Object.values(t.drafts).flatMap((d) => (d ? Object.values(d.changes) : [])),
          ...Object.values(t.decisions),
        ]),
    );
    for (const f of desk(seat.municipalityId))
      if (!own.includes(f) && text.includes(f))
        found.push(`another team's draft value ${f} in view of ${seat.id}`);
  }
  const facilitator = JSON.stringify(projectForFacilitator(s));
  const projector = JSON.stringify(projectForProjector(s));
  for (const x of s.seats) {
    for (const [name, text] of [
      ['facilitator', facilitator],
      ['projector', projector],
    ] as const) {
      if (text.includes(x.token)) found.push(`token in ${name} view`);
      if (text.includes(x.rejoinCode)) found.push(`rejoin code in ${name} view`);
    }
  }
  for (const f of desk(null)) if (projector.includes(f)) found.push(`draft value ${f} on the projector`);
  return found;
};

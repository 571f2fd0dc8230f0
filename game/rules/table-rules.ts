import type { ActionOf } from '../actions/action-schema.ts';
import { lensOfRole } from '../model/roles.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { findTeam, replaceTeam } from '../state/queries.ts';
import { lensOfItem, type TableItem } from '../state/table-items.ts';
import { seatHolds } from './seat-roles.ts';
import { familyExists } from './signal-rules.ts';
import { fail, ok, type StepResult } from './step-result.ts';

/** The table keeps the latest items; older ones drop off (assumption: a screen's worth). */
export const MAX_TABLE_ITEMS = 12;

/**
 * A role shares part of its own lens with its team (GAME.md section 4: information asymmetry is deliberate,
 * sharing is a choice). Sharing an item again moves it to the top.
 */
export const shareToTable = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'share-to-table'>,
  now: number,
): StepResult => {
  const team = seat.municipalityId ? findTeam(state, seat.municipalityId) : undefined;
  if (!team) return fail('not-authorised');
  if (state.status !== 'rounds') return fail('wrong-status');
  if (!seatHolds(state, seat, a.role)) return fail('not-your-role');
  const item = a.item as TableItem;
  if (lensOfItem(item) !== lensOfRole[a.role]) return fail('not-your-role');
  if (item.startsWith('family:') && !familyExists(state, team.id, item.slice('family:'.length)))
    return fail('unknown-family');
  const shared = [
    ...team.shared.filter((s) => s.item !== item),
    { item, role: a.role, by: seat.id, at: now, round: state.round },
  ].slice(-MAX_TABLE_ITEMS);
  return ok(replaceTeam(state, { ...team, shared }));
};

import type { Decisions } from '../../engine/index.ts';
import type { Role } from '../model/roles.ts';
import type { GameState, TeamState } from '../state/game-state.ts';
import { lastRegionYear, lastYear, round2 } from './last-year.ts';

/**
 * Bot policy per role: keep the decisions in force (which start as the preset's) and adapt them with a few
 * plain rules on last year's report. Thresholds are assumptions chosen to be readable in the debrief.
 * - wethouder: long waits (median over 6 weeks to first help) move 2% of the budget from verdediging to
 *   middenveld, up to a middenveld share of 25%; a weak sociale basis (strength under 0.9) with the budget kept
 *   moves 1% to aanval, up to 20%; verdediging never drops under 50%.
 * - inkoper: bankruptcies in the region raise a tariff under cost price by 3 points (up to 1.0); an admin
 *   share over 35% under tight control moves to sample checks.
 * - professional: long waits raise the mandate by 0.1 (up to 0.7); sick leave over 7% adds half an hour of
 *   reflection a week (up to 2).
 * - ervaringsdeskundige: changes no lever; it raises signals (bot-signals.ts).
 */
export const botLeverChanges = (state: GameState, team: TeamState, role: Role): Partial<Decisions> => {
  const y = lastYear(state, team);
  if (!y) return {};
  const d = team.decisions;
  const longWaits = y.weeksToFirstHelp.median > 6;
  if (role === 'wethouder')
    return budgetMoves(d, longWaits, y.basisStrength < 0.9 && y.spendEur <= y.budgetEur);
  if (role === 'inkoper') {
    const out: Partial<Decisions> = {};
    const bankruptcies = lastRegionYear(state)?.bankruptcies ?? 0;
    if (bankruptcies > 0 && d.tariffLevel < 1) out.tariffLevel = round2(Math.min(1, d.tariffLevel + 0.03));
    if (y.adminShare > 0.35 && d.accountability === 'strak') out.accountability = 'steekproef';
    return out;
  }
  if (role === 'professional') {
    const out: Partial<Decisions> = {};
    if (longWaits && d.mandate < 0.7) out.mandate = round2(Math.min(0.7, d.mandate + 0.1));
    if (y.sickLeave > 0.07 && d.reflectionHours < 2)
      out.reflectionHours = Math.min(2, d.reflectionHours + 0.5);
    return out;
  }
  return {};
};

const budgetMoves = (d: Decisions, longWaits: boolean, weakBasis: boolean): Partial<Decisions> => {
  let { aanval, middenveld, verdediging } = d.budgetSplit;
  if (longWaits && middenveld < 0.25 && verdediging - 0.02 >= 0.5) {
    middenveld = round2(middenveld + 0.02);
    verdediging = 1 - aanval - middenveld;
  }
  if (weakBasis && aanval < 0.2 && verdediging - 0.01 >= 0.5) {
    aanval = round2(aanval + 0.01);
    verdediging = 1 - aanval - middenveld;
  }
  const same = aanval === d.budgetSplit.aanval && middenveld === d.budgetSplit.middenveld;
  // Six decimals keep the three shares adding up to 1 well inside the engine's tolerance (1e-6).
  return same
    ? {}
    : { budgetSplit: { aanval, middenveld, verdediging: Math.round(verdediging * 1e6) / 1e6 } };
};

import type { RegionalDecisions } from '../../engine/index.ts';
import type { GameState, TeamState } from '../state/game-state.ts';
import { lastRegionYear, lastYear } from './last-year.ts';

/**
 * How a bot wethouder votes at the regional table: yes only if it can accept every item the proposal changes.
 * - joint contracting on: yes for a relational or learning team, or when the region had bankruptcies or more
 *   than a quarter of residential placements in the wrong place; off: yes only for an NPM team that tenders.
 * - placement coordination on: always yes (it costs a bot nothing it sees); off: no.
 * - development fund up: yes for a learning team, else up to 1% if it kept within budget last year; down:
 *   yes if it overspent last year or works NPM.
 */
export const botVote = (state: GameState, team: TeamState, proposal: RegionalDecisions): boolean => {
  const now = state.regional.inForce;
  const d = team.decisions;
  const region = lastRegionYear(state);
  const y = lastYear(state, team);
  const overspent = y ? y.spendEur > y.budgetEur : false;
  const votes: boolean[] = [];
  if (proposal.jointContracting !== now.jointContracting) {
    const strain = (region?.bankruptcies ?? 0) > 0 || (region?.placementMismatchShare ?? 0) > 0.25;
    votes.push(
      proposal.jointContracting
        ? d.archetype !== 'npm' || strain
        : d.archetype === 'npm' && d.procurement === 'aanbesteding',
    );
  }
  if (proposal.placementCoordination !== now.placementCoordination)
    votes.push(proposal.placementCoordination);
  if (proposal.developmentFundShare > now.developmentFundShare)
    votes.push(d.archetype === 'lerend' || (proposal.developmentFundShare <= 0.01 && !overspent));
  if (proposal.developmentFundShare < now.developmentFundShare)
    votes.push(overspent || d.archetype === 'npm');
  return votes.every(Boolean);
};

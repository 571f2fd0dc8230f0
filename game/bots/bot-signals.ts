import type { FamilyReport } from '../../engine/index.ts';
import type { GameState, SignalResponseKind, TeamState } from '../state/game-state.ts';
import type { SignalAspect } from '../state/signal-aspects.ts';

type Journey = FamilyReport['journey'];

/**
 * What a bot ervaringsdeskundige notices in a journey, most striking first (thresholds are assumptions):
 * out of school, told the story three times or more, waited eight weeks or more, four letters or more, a
 * change of professional, three desks or more, trust under 0.4.
 */
const checks: readonly [SignalAspect, (j: Journey) => boolean][] = [
  ['school', (j) => !j.inSchool],
  ['story-retold', (j) => j.tellings >= 3],
  ['waiting', (j) => j.weeksWaited >= 8],
  ['letters', (j) => j.letters >= 4],
  ['continuity', (j) => j.continuityBreaks >= 1],
  ['desks', (j) => j.desks >= 3],
  ['trust', (j) => j.trust < 0.4],
];

/** A bot raises at most two signals a round, one per family, skipping what it raised the round before. */
export const MAX_BOT_SIGNALS = 2;

export const botSignals = (
  state: GameState,
  team: TeamState,
  journeys: readonly { key: string; journey: Journey }[],
): { familyKey: string; aspect: SignalAspect }[] => {
  const before = state.signals.filter((s) => s.municipalityId === team.id && s.round === state.round - 1);
  const out: { familyKey: string; aspect: SignalAspect }[] = [];
  for (const f of journeys) {
    const hit = checks.find(
      ([aspect, test]) =>
        test(f.journey) && !before.some((s) => s.familyKey === f.key && s.aspect === aspect),
    );
    if (hit && out.length < MAX_BOT_SIGNALS) out.push({ familyKey: f.key, aspect: hit[0] });
  }
  return out;
};

/**
 * How a bot wethouder answers signals: a team with structural ervaringskennis acts on them, an advisory one
 * takes note (decor, 001:2703), a team without ervaringskennis sets them aside.
 */
export const botResponse = (team: TeamState): SignalResponseKind =>
  team.decisions.ervaringskennis === 'structureel'
    ? 'act'
    : team.decisions.ervaringskennis === 'adviserend'
      ? 'note'
      : 'dismiss';

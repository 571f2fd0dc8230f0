import { botsPrepare } from '../bots/bot-turn.ts';
import { nextPhase, type Phase } from '../model/phases.ts';
import { resolveRound } from '../resolve/resolve-round.ts';
import type { GameState, Timer } from '../state/game-state.ts';
import { roundYears } from '../state/queries.ts';
import { revealCard } from './card-rules.ts';
import type { Change, Effect } from './step-result.ts';

const NO_TIMER: Timer = { phaseStartedAt: null, deadline: null, pausedRemainingMs: null };

const timerFor = (state: GameState, phase: Phase, now: number): Timer => {
  const seconds = state.config.roundTimerSeconds[phase];
  return {
    phaseStartedAt: now,
    deadline: seconds > 0 ? now + seconds * 1000 : null,
    pausedRemainingMs: null,
  };
};

const changed = (state: GameState): Effect => ({
  kind: 'phase-changed',
  status: state.status,
  round: state.round,
  phase: state.phase,
  deadline: state.timer.deadline,
});

/** Entering a phase starts its timer and runs what belongs to it: the card, the bots' turn, the year. */
const enterPhase = (state: GameState, phase: Phase, now: number): Change => {
  let s: GameState = { ...state, phase, timer: timerFor(state, phase, now) };
  const effects: Effect[] = [];
  if (phase === 'signalen') {
    const revealed = revealCard(s, now);
    s = revealed.state;
    effects.push(...revealed.effects);
  }
  if (phase === 'overleg') s = botsPrepare(s, now);
  if (phase === 'doorrekenen') {
    s = resolveRound(s, now);
    effects.push({ kind: 'round-resolved', round: s.round, years: roundYears(s, s.round) });
  }
  return { state: s, effects: [changed(s), ...effects] };
};

export const startSession = (state: GameState, now: number): Change =>
  enterPhase({ ...state, status: 'rounds', round: 1 }, 'signalen', now);

/** The debrief can open after the last round or earlier; an unfinished round is then not calculated. */
export const openDebrief = (state: GameState): Change => {
  const s: GameState = { ...state, status: 'debrief', phase: null, timer: NO_TIMER };
  return { state: s, effects: [changed(s)] };
};

export const endSession = (state: GameState): Change => {
  const s: GameState = { ...state, status: 'ended', phase: null, timer: NO_TIMER };
  return { state: s, effects: [changed(s)] };
};

/** The next phase; after terugblik the next round, or the debrief after the last round. */
export const advancePhase = (state: GameState, now: number): Change => {
  const next = state.phase ? nextPhase(state.phase) : 'signalen';
  if (next) return enterPhase(state, next, now);
  if (state.round >= state.config.rounds) return openDebrief(state);
  return enterPhase({ ...state, round: state.round + 1 }, 'signalen', now);
};

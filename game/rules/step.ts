import { type Action, actionSchema } from '../actions/action-schema.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { authorise } from './authorise.ts';
import { injectCard } from './card-rules.ts';
import { draftDecisions, submitDecisions } from './decision-rules.ts';
import { advancePhase, endSession, openDebrief, startSession } from './phase-flow.ts';
import { proposeRegional, setProviderStance, voteRegional } from './regional-rules.ts';
import { join, moveSeat, rejoin, removeSeat } from './seat-rules.ts';
import { raiseSignal, respondSignal } from './signal-rules.ts';
import { type Change, fail, ok, type StepResult } from './step-result.ts';
import { shareToTable } from './table-rules.ts';
import { extendTimer, pauseTimer, resumeTimer, timerTick } from './timer-rules.ts';

type Handler<A extends Action> = (state: GameState, action: A, seat: Seat, now: number) => StepResult;
type Handlers = { [T in Action['type']]: Handler<Extract<Action, { type: T }>> };

const inRounds = (state: GameState, run: () => StepResult): StepResult =>
  state.status === 'rounds' ? run() : fail('wrong-status');

const changeResult = (c: Change): StepResult => ok(c.state, c.effects);

const handlers: Handlers = {
  join: (s, a, _seat, now) => join(s, a, now),
  rejoin: (s, a, seat) => rejoin(s, seat.id, a.seatToken),
  leave: (s, _a, seat) => removeSeat(s, seat.id),
  'move-seat': (s, a) => moveSeat(s, a),
  'remove-seat': (s, a) => removeSeat(s, a.seatId),
  'start-session': (s, _a, _seat, now) =>
    s.status === 'lobby' ? changeResult(startSession(s, now)) : fail('wrong-status'),
  'advance-phase': (s, _a, _seat, now) => inRounds(s, () => changeResult(advancePhase(s, now))),
  'pause-timer': (s, _a, _seat, now) => inRounds(s, () => pauseTimer(s, now)),
  'resume-timer': (s, _a, _seat, now) => inRounds(s, () => resumeTimer(s, now)),
  'extend-timer': (s, a, _seat, now) => inRounds(s, () => extendTimer(s, a.seconds, now)),
  'timer-tick': (s, _a, _seat, now) => timerTick(s, now),
  'open-debrief': (s) => inRounds(s, () => changeResult(openDebrief(s))),
  'end-session': (s) => changeResult(endSession(s)),
  'inject-card': (s, a, _seat, now) => injectCard(s, a.cardId, now),
  // Unchanged returns the same state object: nothing to log or broadcast.
  'set-dashboard-score': (s, a) =>
    s.config.dashboardScore === a.enabled
      ? ok(s)
      : ok({ ...s, config: { ...s.config, dashboardScore: a.enabled } }),
  'draft-decisions': (s, a, seat, now) => draftDecisions(s, seat, a, now),
  'submit-decisions': (s, a, seat, now) => submitDecisions(s, seat, a, now),
  'share-to-table': (s, a, seat, now) => shareToTable(s, seat, a, now),
  'raise-signal': (s, a, seat, now) => raiseSignal(s, seat, a, now),
  'respond-signal': (s, a, seat, now) => respondSignal(s, seat, a, now),
  'propose-regional': (s, a, seat) => proposeRegional(s, seat, a),
  'vote-regional': (s, a, seat) => voteRegional(s, seat, a),
  'set-provider-stance': (s, a, seat, now) => setProviderStance(s, seat, a, now),
};

/** Stands in for the seat argument of actions that have none (facilitator, system, join). */
const NO_SEAT: Seat = {
  id: '',
  token: '',
  rejoinCode: '',
  displayName: '',
  municipalityId: null,
  role: 'wethouder',
  joinedAt: 0,
};

/**
 * The one way the game changes (boardgame.io style): parse the action, authorise the actor, apply the rule.
 * A refused action leaves the state untouched. Time only moves forward: an action stamped earlier than the
 * last accepted one counts as happening at the same moment.
 */
export const step = (state: GameState, input: unknown): StepResult => {
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) return fail('invalid-action');
  const action = parsed.data;
  if (state.status === 'ended') return fail('session-ended');
  const seat = authorise(state, action);
  if (seat === 'denied') return fail('not-authorised');
  const now = Math.max(state.clock, action.at);
  const handler = handlers[action.type] as Handler<Action>;
  const result = handler(state, action, seat ?? NO_SEAT, now);
  if (!result.ok || result.state === state) return result;
  return { ...result, state: { ...result.state, clock: now } };
};

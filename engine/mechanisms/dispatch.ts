import { schedule } from '../queue/calendar.ts';
import { leaveQueue } from '../queue/server-pools.ts';
import { weeksUntil } from '../random/distributions.ts';
import { Phase } from '../state/episodes.ts';
import type { SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { onDecisionDone, onIntakeDone, onSignal } from './access.ts';
import { onReview } from './care.ts';
import { clamp, logFamily, setPhase, settleSeverity } from './context.ts';
import { EventKind, eventCode, eventKindOf, eventTokenOf, MAX_DELAY_WEEKS } from './event-kinds.ts';
import { beginNeed, onStayedSmall } from './onset.ts';
import { markOutOfSchool } from './school.ts';

/** Runs one calendar event; events whose episode moved on since they were scheduled are skipped. */
export const dispatchEvent = (st: SimState, id: number, code: number): void => {
  const e = st.episodes;
  const kind = eventKindOf(code);
  const m = st.municipalities[e.muni[id]];
  if (kind === EventKind.familyOnset) {
    beginNeed(st, m, id);
    logFamily(st, id, 'onset', st.families[e.family[id]].name);
    return;
  }
  if (eventTokenOf(code) !== e.token[id]) return;
  switch (kind) {
    case EventKind.signal:
      return onSignal(st, m, id);
    case EventKind.stayedSmall:
      return onStayedSmall(st, m, id);
    case EventKind.intakeDone:
      markOutOfSchool(st, m, id);
      return onIntakeDone(st, m, id);
    case EventKind.decisionDone:
      return onDecisionDone(st, m, id);
    case EventKind.review:
      return onReview(st, m, id);
    case EventKind.giveUp:
      return onGiveUp(st, id);
    case EventKind.returnAfterAway:
      logFamily(st, id, 'returned', 'asks for help again');
      return onSignal(st, m, id);
  }
};

/** M3: a family stops waiting; the need keeps growing at home until it asks again (001:2443-2444). */
const onGiveUp = (st: SimState, id: number): void => {
  const e = st.episodes;
  const m = st.municipalities[e.muni[id]];
  leaveQueue(st.pools, e.pool[id]);
  m.waitingByType[e.careType[id]]--;
  settleSeverity(st, id);
  setPhase(st, id, Phase.away);
  e.trust[id] = clamp(e.trust[id] - st.params.trustOnGiveUp, 0, 1);
  m.year.v[Acc.gaveUp]++;
  if (e.family[id] >= 0) logFamily(st, id, 'gave-up', `after ${st.week - e.waitStart[id]} weeks`);
  const weeks = Math.min(weeksUntil(st.rng, e.stream[id], st.params.returnAfterWeeks), MAX_DELAY_WEEKS);
  schedule(st.calendar, st.week + weeks, id, eventCode(EventKind.returnAfterAway, e.token[id]));
};

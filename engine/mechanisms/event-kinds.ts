/** Calendar event kinds; the code stored with an event is kind | token << 4 (stale tokens are skipped). */
export const EventKind = {
  signal: 1,
  stayedSmall: 2,
  giveUp: 3,
  returnAfterAway: 4,
  intakeDone: 5,
  decisionDone: 6,
  review: 7,
  familyOnset: 8,
} as const;

export const eventCode = (kind: number, token: number): number => kind | (token << 4);
export const eventKindOf = (code: number): number => code & 15;
export const eventTokenOf = (code: number): number => code >>> 4;

/** Keeps every scheduled event inside the calendar's window. */
export const MAX_DELAY_WEEKS = 400;

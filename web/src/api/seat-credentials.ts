type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What brings a student back to their seat after a refresh or a sleeping phone. */
export type SeatCredentials = {
  sessionId: string;
  seatId: string;
  seatToken: string;
  rejoinCode: string;
  joinCode: string;
};

const seatKey = (sessionId: string) => `monopolycentrisme.seat.${sessionId}`;
const facilitatorKey = (sessionId: string) => `monopolycentrisme.facilitator.${sessionId}`;

const isCredentials = (x: unknown): x is SeatCredentials =>
  typeof x === 'object' &&
  x !== null &&
  ['sessionId', 'seatId', 'seatToken', 'rejoinCode', 'joinCode'].every(
    (k) => typeof (x as Record<string, unknown>)[k] === 'string',
  );

/** Seat and facilitator credentials per session, in the given storage (localStorage in the browser). */
export const createCredentialStore = (storage: KeyValue | undefined) => ({
  saveSeat: (c: SeatCredentials) => storage?.setItem(seatKey(c.sessionId), JSON.stringify(c)),
  loadSeat: (sessionId: string): SeatCredentials | null => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(seatKey(sessionId)) ?? 'null');
      return isCredentials(parsed) && parsed.sessionId === sessionId ? parsed : null;
    } catch {
      return null;
    }
  },
  forgetSeat: (sessionId: string) => storage?.removeItem(seatKey(sessionId)),
  saveFacilitatorToken: (sessionId: string, token: string) =>
    storage?.setItem(facilitatorKey(sessionId), token),
  loadFacilitatorToken: (sessionId: string): string | null =>
    storage?.getItem(facilitatorKey(sessionId)) ?? null,
  /** The join code is only in the create answer; kept so the console can hand it to the projector. */
  saveJoinCode: (sessionId: string, code: string) =>
    storage?.setItem(`${facilitatorKey(sessionId)}.code`, code),
  loadJoinCode: (sessionId: string): string | null =>
    storage?.getItem(`${facilitatorKey(sessionId)}.code`) ?? null,
});

export type CredentialStore = ReturnType<typeof createCredentialStore>;

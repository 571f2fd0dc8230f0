/** Who is on the other end of a request or socket, once the token has been checked against the session. */
export type Principal =
  | { kind: 'facilitator'; sessionId: string }
  | { kind: 'seat'; sessionId: string; seatId: string }
  /** The projector shows the join code (public anyway: the session's QR code carries it). */
  | { kind: 'projector'; sessionId: string; joinCode?: string };

import { io, type Socket } from 'socket.io-client';

/**
 * A class played against a cluster for the multi-instance suite: HTTP joins spread over the instances, one
 * socket per student and one for the facilitator (all reconnecting by themselves, as the web client does),
 * and a record of every acknowledged action with the log position its acknowledgement named.
 */
type Json = Record<string, unknown>;

export type Student = {
  index: number;
  seatId: string;
  team: string;
  teamIndex: number;
  role: string;
  socket: Socket;
};
/** A client's socket, the last view version it got and, for the facilitator, the seats its console shows online. */
type Tracked = { socket: Socket; version: number; online: string[] };

export type ClassRun = {
  sessionId: string;
  facilitator: Tracked;
  students: (Student & Tracked)[];
  acknowledged: { seatId: string; seq: number; type: string }[];
  exportFrom(url: string): Promise<{
    log: { seq: number; action: { type: string; actor: { seatId?: string } } }[];
    results: { report: unknown; rounds?: unknown[] };
  }>;
  everyoneAt(version: number): Promise<void>;
  close(): void;
};

const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Json;
  if (!res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connects through the balancer; resolves with the first view. Reconnects by itself after a failure. */
const connect = (url: string, sessionId: string, token: string): Promise<Tracked> =>
  new Promise((resolve, reject) => {
    const socket = io(url, {
      auth: { sessionId, token },
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 2000,
    });
    const tracked: Tracked = { socket, version: 0, online: [] };
    socket.on('message', (m: { type: string; payload?: { version?: number; online?: string[] } }) => {
      if (m.type === 'presence') tracked.online = m.payload?.online ?? [];
      if (m.type !== 'view' && m.type !== 'view-delta') return;
      tracked.version = m.payload?.version ?? tracked.version;
      if (m.type === 'view') resolve(tracked);
    });
    socket.once('connect_error', reject);
  });

const connected = (socket: Socket) =>
  socket.connected ? Promise.resolve() : new Promise<void>((done) => socket.once('connect', () => done()));

/**
 * Sends an action and waits for its acknowledgement; as the web client does (use-session-socket.ts), one that
 * was lost with its connection is sent again under the same id once the socket is back.
 */
const actOn = async (socket: Socket, payload: Json, id: string) => {
  let reply: { ok: boolean; result?: { version?: number } } | undefined;
  for (let attempt = 1; !reply; attempt++) {
    await connected(socket);
    try {
      reply = (await socket.timeout(60_000).emitWithAck('message', { type: 'action', payload, id })) as {
        ok: boolean;
        result?: { version?: number };
      };
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
  if (!reply.ok) throw new Error(`action ${String(payload.type)} refused: ${JSON.stringify(reply)}`);
  return reply.result?.version ?? 0;
};

/**
 * What a student does in a round's overleg: the wethouder submits (adopting the team's drafts), every other
 * role drafts one lever. The value depends on the team, role and round only, so students who share a role
 * draft the same and the order of their drafts cannot change the results.
 */
export const studentAction = (s: Pick<Student, 'team' | 'teamIndex' | 'role'>, round: number): Json => {
  const k = (s.teamIndex + round) % 5;
  if (s.role === 'wethouder') return { type: 'submit-decisions', changes: {}, adoptDrafts: true };
  if (s.role === 'inkoper')
    return { type: 'draft-decisions', role: 'inkoper', changes: { tariffLevel: 0.9 + k * 0.02 } };
  if (s.role === 'professional')
    return { type: 'draft-decisions', role: 'professional', changes: { mandate: 0.3 + k * 0.1 } };
  return {
    type: 'draft-decisions',
    role: 'ervaringsdeskundige',
    changes: { learningRhythm: k % 2 === 0 ? 'jaarlijks' : 'kwartaal' },
  };
};

/** Creates the session at `create`, joins the students over `joins` in turn and connects every socket. */
export const joinClass = async ({
  create,
  joins,
  sockets,
  students,
  seed,
}: {
  create: string;
  joins: string[];
  sockets: string;
  students: number;
  seed: number;
}): Promise<ClassRun> => {
  const created = await post(`${create}/api/sessions`, {
    scenario: 'regio-veenland',
    municipalities: 5,
    rounds: 4,
    seed,
    roundTimerSeconds: { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 },
  });
  const sessionId = String(created.sessionId);
  const token = String(created.facilitatorToken);
  const facilitator = await connect(sockets, sessionId, token);
  const seated: (Student & Tracked)[] = [];
  // A few at a time: a lecture hall joins over a minute, not in one instant.
  for (let first = 0; first < students; first += 10) {
    const batch = Array.from({ length: Math.min(10, students - first) }, (_, j) => first + j);
    seated.push(
      ...(await Promise.all(
        batch.map(async (index) => {
          const seat = await post(`${joins[index % joins.length]}/api/join`, {
            joinCode: String(created.joinCode),
            displayName: `Student ${index + 1}`,
          });
          const tracked = await connect(sockets, sessionId, String(seat.seatToken));
          return Object.assign(tracked, {
            index,
            seatId: String(seat.seatId),
            team: '',
            teamIndex: 0,
            role: '',
          });
        }),
      )),
    );
  }
  const reply = (await facilitator.socket.emitWithAck('message', { type: 'view' })) as {
    result: { view: { teams: { id: string; seats: { seatId: string; role: string }[] }[] } };
  };
  for (const [teamIndex, team] of reply.result.view.teams.entries())
    for (const seat of team.seats) {
      const s = seated.find((x) => x.seatId === seat.seatId);
      if (s) Object.assign(s, { team: team.id, teamIndex, role: seat.role });
    }
  const all = () => [facilitator, ...seated];
  const run: ClassRun = {
    sessionId,
    facilitator,
    students: seated,
    acknowledged: [],
    exportFrom: async (url) => {
      const res = await fetch(`${url}/api/sessions/${sessionId}/export`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!res.ok) throw new Error(`export: ${res.status}`);
      return (await res.json()) as Awaited<ReturnType<ClassRun['exportFrom']>>;
    },
    everyoneAt: async (version) => {
      const until = Date.now() + 30_000;
      while (all().some((c) => c.version < version || !c.socket.connected) && Date.now() < until)
        await sleep(50);
      const behind = all().filter((c) => c.version < version || !c.socket.connected).length;
      if (behind > 0) throw new Error(`${behind} clients are not connected at version ${version}`);
    },
    close: () => {
      for (const c of all()) c.socket.close();
    },
  };
  return run;
};

/**
 * Sends each student's action of the round, each after a delay drawn from `spread` (0 by default: all at
 * once); resolves with when each was acknowledged and how long that took.
 */
export const sendActions = (
  run: ClassRun,
  who: readonly Student[],
  round: number,
  spread: () => number = () => 0,
) =>
  Promise.all(
    who.map(async (s) => {
      const delay = spread();
      if (delay > 0) await sleep(delay);
      const payload = studentAction(s, round);
      const sentAt = performance.now();
      const seq = await actOn(s.socket, payload, `r${round}-${s.index}`);
      run.acknowledged.push({ seatId: s.seatId, seq, type: String(payload.type) });
      const ackAt = performance.now();
      return { ackAt, ms: ackAt - sentAt };
    }),
  );

let facilitatorActions = 0;
const facilitatorAct = (run: ClassRun, payload: Json) =>
  actOn(run.facilitator.socket, payload, `facilitator-${++facilitatorActions}`);

/**
 * One round: started (the first) or opened, overleg with every student's action (drafts through `drafts`,
 * which may do more in between, then the wethouders' submits), then the year calculated and looked back on.
 */
export const playRound = async (
  run: ClassRun,
  round: number,
  drafts: (who: Student[]) => Promise<void> = (who) => sendActions(run, who, round).then(() => undefined),
) => {
  await facilitatorAct(run, { type: round === 1 ? 'start-session' : 'advance-phase' }); // -> signalen
  await facilitatorAct(run, { type: 'advance-phase' }); // -> overleg
  await drafts(run.students.filter((s) => s.role !== 'wethouder'));
  await sendActions(
    run,
    run.students.filter((s) => s.role === 'wethouder'),
    round,
  );
  await facilitatorAct(run, { type: 'advance-phase' }); // -> doorrekenen
  await facilitatorAct(run, { type: 'advance-phase' }); // -> terugblik
};

/** Every acknowledged action is in the log at the position its acknowledgement named, by the same seat. */
export const checkAcknowledged = (
  run: ClassRun,
  log: { seq: number; action: { type: string; actor: { seatId?: string } } }[],
) => {
  const bySeq = new Map(log.map((e) => [e.seq, e.action]));
  const missing = run.acknowledged.filter((a) => {
    const logged = bySeq.get(a.seq);
    return logged?.actor.seatId !== a.seatId || logged.type !== a.type;
  });
  if (missing.length > 0) throw new Error(`acknowledged but not logged: ${JSON.stringify(missing)}`);
};

import type { Socket } from 'socket.io-client';
import type { Benchmark } from './bench-types.ts';
import {
  act,
  connect,
  getJson,
  type LoadServer,
  pool,
  post,
  serverRssMb,
  startServerProcess,
} from './load-kit.ts';
import { quantile } from './quantile.ts';

const BURST_MS = 5000;
const ROUNDS = Number(process.env.HALL_ROUNDS ?? 3);
const CONCURRENT_JOINS = 25;

/** One socket and what it has seen: the view versions with their arrival times, and the bytes received. */
type Client = { socket: Socket; version: number; seen: [number, number][]; bytes: number; counted: boolean };
type Student = Client & { seatId: string; team: string; role: string; index: number };

/** A small seeded PRNG (mulberry32), so every run spreads the actions over the burst the same way. */
export const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const note = (m: string) =>
  process.env.BENCH_TRACE && process.stderr.write(`${new Date().toISOString()} ${m}\n`);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Follows a socket's views: a whole view or a delta carries its version (the log position it shows). A
 * server that sends no version (before issue 10) sends one whole view per logged action, so the count stands
 * in for it there.
 */
const track = (socket: Socket): Client => {
  const client: Client = { socket, version: 0, seen: [], bytes: 0, counted: false };
  socket.io.engine.on('packet', (p: { data?: unknown }) => {
    if (typeof p.data === 'string') client.bytes += Buffer.byteLength(p.data);
  });
  socket.on('message', (m: { type: string; payload?: { version?: number } }) => {
    if (m.type !== 'view' && m.type !== 'view-delta') return;
    client.counted = m.payload?.version === undefined;
    client.version = m.payload?.version ?? client.version + 1;
    client.seen.push([performance.now(), client.version]);
  });
  return client;
};

/** The action a student takes in the burst: the wethouder submits, every other role drafts one lever. */
const studentAction = (s: Student, round: number): Record<string, unknown> => {
  const k = (s.index + round) % 5;
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

/** Waits until every client has a view at least `version` (or the time is up). */
const waitFresh = async (clients: readonly Client[], version: (c: Client) => number, ms = 180_000) => {
  const until = performance.now() + ms;
  while (clients.some((c) => c.version < version(c)) && performance.now() < until) await sleep(20);
  return clients.filter((c) => c.version < version(c)).length;
};

/** Sends a facilitator action and waits until every client has a view sent after it. */
const everyoneSees = async (facilitator: Socket, clients: readonly Client[], payload: object) => {
  note(`facilitator ${JSON.stringify(payload)}`);
  const arrived = clients.map((c) => new Promise((done) => c.socket.once('message', done)));
  await act(facilitator, payload as Record<string, unknown>);
  await Promise.race([Promise.all(arrived), sleep(180_000)]);
};

type SessionFigures = { submits: number[]; broadcasts: number[]; bytes: number; errors: number };

const openSession = async (server: LoadServer, seed: number, students: number, municipalities: number) => {
  const created = await post(`${server.url}/api/sessions`, {
    scenario: 'regio-veenland',
    municipalities,
    rounds: 4,
    seed,
    roundTimerSeconds: { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 },
  });
  const sessionId = String(created.sessionId);
  const token = String(created.facilitatorToken);
  const facilitator = track(await connect(server.url, sessionId, token));
  const seated = await pool(
    Array.from({ length: students }, (_, i) => i),
    CONCURRENT_JOINS,
    async (index): Promise<Student> => {
      const seat = await post(`${server.url}/api/join`, {
        joinCode: String(created.joinCode),
        displayName: `Student ${index + 1}`,
      });
      const client = track(await connect(server.url, sessionId, String(seat.seatToken)));
      // The same object: track() keeps updating it.
      return Object.assign(client, { seatId: String(seat.seatId), team: '', role: '', index });
    },
  );
  return { sessionId, token, facilitator, students: seated };
};

type Session = Awaited<ReturnType<typeof openSession>>;

const exportLog = async (server: LoadServer, session: Session) => {
  const exported = await getJson(`${server.url}/api/sessions/${session.sessionId}/export`, session.token);
  return exported.log as { seq: number; action: { type: string; actor: { seatId?: string } } }[];
};

/** Reads every seat's team and role from the facilitator's view. */
const placeStudents = async (session: Session) => {
  const reply = (await session.facilitator.socket.emitWithAck('message', { type: 'view' })) as {
    result: { view: { teams: { id: string; seats: { seatId: string; role: string }[] }[] } };
  };
  for (const team of reply.result.view.teams)
    for (const seat of team.seats) {
      const s = session.students.find((x) => x.seatId === seat.seatId);
      if (s) Object.assign(s, { team: team.id, role: seat.role });
    }
};

/** One round's burst: within BURST_MS every student acts once; then every affected client must see it. */
const burst = async (server: LoadServer, session: Session, round: number, rand: () => number) => {
  const all: Client[] = [session.facilitator, ...session.students];
  await everyoneSees(session.facilitator.socket, all, { type: 'advance-phase' }); // -> overleg
  const log0 = await exportLog(server, session);
  const base = log0.at(-1)?.seq ?? 0;
  // Before issue 10 the version is a count: start it at the log's position now that everyone is current.
  for (const c of all) if (c.counted) c.version = base;
  const bytes0 = session.students.reduce((n, s) => n + s.bytes, 0);
  note('burst');
  let errors = 0;
  const sent = new Map<string, number>();
  const seqOf = new Map<string, number>();
  const submits = await Promise.all(
    session.students.map(async (s) => {
      await sleep(rand() * BURST_MS);
      const t0 = performance.now();
      sent.set(s.seatId, t0);
      try {
        const reply = await act(s.socket, studentAction(s, round), { id: `r${round}-${s.index}` });
        const version = (reply.result as { version?: number } | undefined)?.version;
        if (version !== undefined) seqOf.set(s.seatId, version);
      } catch {
        errors++;
      }
      return performance.now() - t0;
    }),
  );
  note('acks in');
  // A server before issue 10 does not say where an action landed in the log: its export does.
  if (seqOf.size < session.students.length)
    for (const e of (await exportLog(server, session)).filter((x) => x.seq > base))
      seqOf.set(e.action.actor.seatId ?? '', e.seq);
  const last = Math.max(base, ...seqOf.values());
  const mates = (team: string) => [session.facilitator, ...session.students.filter((s) => s.team === team)];
  // Clients of a team are stale when they miss their team's last action; the facilitator when it misses any.
  const lastOfTeam = new Map<string, number>();
  for (const s of session.students)
    lastOfTeam.set(s.team, Math.max(lastOfTeam.get(s.team) ?? 0, seqOf.get(s.seatId) ?? 0));
  errors += await waitFresh(all, (c) => ('team' in c ? (lastOfTeam.get((c as Student).team) ?? 0) : last));
  const broadcasts: number[] = [];
  for (const s of session.students) {
    const seq = seqOf.get(s.seatId);
    const t0 = sent.get(s.seatId);
    if (seq === undefined || t0 === undefined) continue;
    for (const c of mates(s.team)) {
      const hit = c.seen.find(([t, v]) => v >= seq && t >= t0);
      if (hit) broadcasts.push(hit[0] - t0);
    }
  }
  const bytes = session.students.reduce((n, s) => n + s.bytes, 0) - bytes0;
  note(
    `round ${round}: ack p50 ${quantile(submits, 0.5).toFixed(0)} p99 ${quantile(submits, 0.99).toFixed(0)}, ` +
      `fresh p99 ${quantile(broadcasts, 0.99).toFixed(0)} ms, ${(bytes / session.students.length / 1024).toFixed(0)} KiB a student, ${errors} errors`,
  );
  return { submits, broadcasts, bytes, errors };
};

/** Plays ROUNDS rounds of one session: each round a burst in overleg, then the year is calculated. */
const playSession = async (server: LoadServer, session: Session, seed: number): Promise<SessionFigures> => {
  const rand = random(seed);
  note('placing');
  const all: Client[] = [session.facilitator, ...session.students];
  await placeStudents(session);
  const out: SessionFigures = { submits: [], broadcasts: [], bytes: 0, errors: 0 };
  await everyoneSees(session.facilitator.socket, all, { type: 'start-session' });
  for (let round = 1; round <= ROUNDS; round++) {
    if (round > 1) await everyoneSees(session.facilitator.socket, all, { type: 'advance-phase' });
    const r = await burst(server, session, round, rand);
    out.submits.push(...r.submits);
    out.broadcasts.push(...r.broadcasts);
    out.bytes += r.bytes;
    out.errors += r.errors;
    await everyoneSees(session.facilitator.socket, all, { type: 'advance-phase' }); // -> doorrekenen
    await everyoneSees(session.facilitator.socket, all, { type: 'advance-phase' }); // -> terugblik
  }
  return out;
};

const runHall = async (root: string, seed: number, sessions: number, students: number) => {
  const server = await startServerProcess(root);
  const opened: Session[] = [];
  try {
    for (let i = 0; i < sessions; i++) opened.push(await openSession(server, seed + i, students, 5));
    const results = await Promise.all(opened.map((s, i) => playSession(server, s, seed + i)));
    const rss = await serverRssMb(server);
    const flat = <K extends 'submits' | 'broadcasts'>(k: K) => results.flatMap((r) => r[k]);
    return {
      submits: flat('submits'),
      broadcasts: flat('broadcasts'),
      bytesPerClientRound: results.reduce((n, r) => n + r.bytes, 0) / (sessions * students * ROUNDS),
      errors: results.reduce((n, r) => n + r.errors, 0),
      rss,
    };
  } finally {
    for (const s of opened) for (const c of [s.facilitator, ...s.students]) c.socket.close();
    server.child.stdin!.end();
  }
};

/**
 * A full lecture hall (issue 10): 300 students in one session of five municipalities, every role filled;
 * in overleg each student acts once within five seconds (wethouders submit, the other roles draft), for
 * three rounds. hall_submit_* is the acknowledgement time of those actions; hall_broadcast_p99_ms the time
 * from an action to a view that shows it at each client of the actor's team and the facilitator.
 */
export const hallBenchmark: Benchmark = {
  name: 'hall',
  slow: false,
  figures: [
    'hall_submit_p50_ms',
    'hall_submit_p99_ms',
    'hall_broadcast_p99_ms',
    'hall_bytes_per_client_round',
    'hall_server_rss_mb',
    'hall_errors',
  ],
  run: async (ctx) => {
    const r = await runHall(ctx.root, ctx.seed, 1, 300);
    return {
      hall_submit_p50_ms: quantile(r.submits, 0.5),
      hall_submit_p99_ms: quantile(r.submits, 0.99),
      hall_broadcast_p99_ms: quantile(r.broadcasts, 0.99),
      hall_bytes_per_client_round: Math.round(r.bytesPerClientRound),
      hall_server_rss_mb: r.rss,
      hall_errors: r.errors,
    };
  },
};

/** Ten sessions of 30 students at once on one server, each playing the hall's three bursts. */
export const hall10Benchmark: Benchmark = {
  name: 'hall10',
  slow: false,
  figures: ['hall10_submit_p50_ms', 'hall10_submit_p99_ms', 'hall10_broadcast_p99_ms', 'hall10_errors'],
  run: async (ctx) => {
    const r = await runHall(ctx.root, ctx.seed, 10, 30);
    return {
      hall10_submit_p50_ms: quantile(r.submits, 0.5),
      hall10_submit_p99_ms: quantile(r.submits, 0.99),
      hall10_broadcast_p99_ms: quantile(r.broadcasts, 0.99),
      hall10_errors: r.errors,
    };
  },
};

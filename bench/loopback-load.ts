import type { Socket } from 'socket.io-client';
import type { Benchmark } from './bench-types.ts';
import { act, connect, pool, post, serverRssMb, startServerProcess } from './load-kit.ts';
import { quantile } from './quantile.ts';

export const LOAD_CLIENTS = 300;
const MUNICIPALITIES = 8;
const BROADCASTS = 20;
const CONCURRENT_JOINS = 25;

/** Time from sending an action until every client has its fresh view, per client (ms). */
const broadcastLatencies = async (
  facilitator: Socket,
  clients: readonly Socket[],
  payload: Record<string, unknown>,
) => {
  const t0 = performance.now();
  const arrivals = clients.map(
    (c) => new Promise<number>((done) => c.once('message', () => done(performance.now() - t0))),
  );
  await act(facilitator, payload);
  return Promise.all(arrivals);
};

/**
 * 300 students in one session on loopback, each with its own socket: they join over HTTP, connect, and the
 * wethouders submit decisions; then the facilitator's actions are broadcast 20 times. broadcast_p99_ms is the
 * 99th percentile of the time from the facilitator's action to a student's fresh view (clients and their
 * parsing share this process, so the figure includes the receiving side). Server RSS is the server
 * process's peak.
 */
export const loopbackLoadBenchmark: Benchmark = {
  name: 'loopback-load',
  slow: false,
  figures: ['broadcast_p99_ms', 'broadcast_p50_ms', 'submit_p99_ms', 'join_p99_ms', 'server_rss_mb'],
  run: async (ctx) => {
    const server = await startServerProcess(ctx.root);
    const sockets: Socket[] = [];
    try {
      const created = await post(`${server.url}/api/sessions`, {
        scenario: 'west-brabant-west',
        municipalities: MUNICIPALITIES,
        rounds: 4,
        seed: ctx.seed,
        roundTimerSeconds: { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 },
      });
      const sessionId = String(created.sessionId);
      const joinCode = String(created.joinCode);
      const facilitator = await connect(server.url, sessionId, String(created.facilitatorToken));
      sockets.push(facilitator);
      const joinTimes: number[] = [];
      const students = await pool(
        Array.from({ length: LOAD_CLIENTS }, (_, i) => i),
        CONCURRENT_JOINS,
        async (i) => {
          const t0 = performance.now();
          const seat = await post(`${server.url}/api/join`, { joinCode, displayName: `Student ${i + 1}` });
          const socket = await connect(server.url, sessionId, String(seat.seatToken));
          joinTimes.push(performance.now() - t0);
          sockets.push(socket);
          return { socket, index: i };
        },
      );
      await act(facilitator, { type: 'start-session' });
      await act(facilitator, { type: 'advance-phase' }); // -> overleg
      // The first student of each municipality holds the wethouder role and submits.
      const submitTimes = await pool(
        students.slice(0, MUNICIPALITIES),
        MUNICIPALITIES,
        async ({ socket }) => {
          const t0 = performance.now();
          await act(socket, { type: 'submit-decisions', changes: { tariffLevel: 1.0, mandate: 0.5 } });
          return performance.now() - t0;
        },
      );
      // A running timer to pause and resume; every change is awaited at every client before the next.
      const everyone = students.map((s) => s.socket);
      const latencies = await broadcastLatencies(facilitator, everyone, {
        type: 'extend-timer',
        seconds: 600,
      });
      for (let i = 0; i < BROADCASTS; i++) {
        const payload = { type: i % 2 === 0 ? 'pause-timer' : 'resume-timer' };
        latencies.push(...(await broadcastLatencies(facilitator, everyone, payload)));
      }
      const rss = await serverRssMb(server);
      return {
        broadcast_p99_ms: quantile(latencies, 0.99),
        broadcast_p50_ms: quantile(latencies, 0.5),
        submit_p99_ms: quantile(submitTimes, 0.99),
        join_p99_ms: quantile(joinTimes, 0.99),
        server_rss_mb: rss,
      };
    } finally {
      for (const s of sockets) s.close();
      server.child.stdin!.end();
    }
  },
};

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinClass, playRound, type Student, sendActions } from '../server/test-support/class-run.ts';
import {
  freshDatabase,
  type Instance,
  leaseOwner,
  startBalancer,
  startInstance,
  stopInstance,
} from '../server/test-support/cluster-kit.ts';
import type { Benchmark } from './bench-types.ts';
import { random } from './hall-load.ts';
import { quantile } from './quantile.ts';

const STUDENTS = 300;
const BURST_MS = 5000;

/**
 * Two instances on one PostgreSQL behind a balancer (issue 14): 300 students, joined half through each
 * instance and connected through the balancer, act once each within five seconds of overleg in round 1
 * (`multi_submit_p99_ms`: their acknowledgements, half of them forwarded to the session's holder). In round 2,
 * with half of the drafts in, the holder is killed (SIGKILL); `multi_takeover_ms` is the time from the kill to
 * the first action the other instance accepts.
 */
const runMulti = async (databaseUrl: string, seed: number) => {
  const db = await freshDatabase(databaseUrl, `bench_${Date.now().toString(36)}`);
  const dir = await mkdtemp(join(tmpdir(), 'monopoly-multi-'));
  const instances: Instance[] = [];
  const alive = new Set<Instance>();
  const balancer = await startBalancer(() => [...alive].map((i) => i.url));
  let close: () => void = () => undefined;
  try {
    for (const id of ['bench-a', 'bench-b']) {
      const instance = await startInstance(id, { databaseUrl: db.url, dataDir: dir });
      instances.push(instance);
      alive.add(instance);
    }
    const [first, second] = instances as [Instance, Instance];
    const run = await joinClass({
      create: first.url,
      joins: [first.url, second.url],
      sockets: balancer.url,
      students: STUDENTS,
      seed,
    });
    close = run.close;
    const rand = random(seed);
    const submits: number[] = [];
    const burst = async (who: Student[]) => {
      for (const a of await sendActions(run, who, 1, () => rand() * BURST_MS)) submits.push(a.ms);
    };
    await playRound(run, 1, burst);
    // The holder of the session's lease is the one to kill.
    const owner = await leaseOwner(db.url, run.sessionId);
    const victim = instances.find((i) => i.id === owner) ?? first;
    let takeover = Number.NaN;
    await playRound(run, 2, async (drafts) => {
      const half = Math.floor(drafts.length / 2);
      await sendActions(run, drafts.slice(0, half), 2);
      victim.child.kill('SIGKILL');
      await victim.exited;
      alive.delete(victim);
      const killedAt = performance.now();
      const acks = await sendActions(run, drafts.slice(half), 2);
      takeover = Math.min(...acks.map((a) => a.ackAt - killedAt));
    });
    return { submits, takeover };
  } finally {
    close();
    await balancer.close();
    for (const i of instances) await stopInstance(i);
    await rm(dir, { recursive: true, force: true });
    await db.drop();
  }
};

export const multiBenchmark: Benchmark = {
  name: 'multi',
  slow: false,
  figures: ['multi_submit_p50_ms', 'multi_submit_p99_ms', 'multi_takeover_ms'],
  run: async (ctx) => {
    const url = process.env.DATABASE_URL;
    if (!url) {
      process.stderr.write(
        'bench: multi skipped, DATABASE_URL is not set (export DATABASE_URL="$(bash .ci/start-postgres.sh | tail -n 1)")\n',
      );
      return { multi_submit_p50_ms: null, multi_submit_p99_ms: null, multi_takeover_ms: null };
    }
    const r = await runMulti(url, ctx.seed);
    return {
      multi_submit_p50_ms: quantile(r.submits, 0.5),
      multi_submit_p99_ms: quantile(r.submits, 0.99),
      multi_takeover_ms: Math.round(r.takeover),
    };
  },
};

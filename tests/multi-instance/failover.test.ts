import { describe, expect, it } from 'vitest';
import { takenOverMessage } from '../../server/sessions/session-cluster.ts';
import { describeWithPg, freshSchema } from '../../server/storage/test-support/pg-test-database.ts';
import {
  type ClassRun,
  checkAcknowledged,
  joinClass,
  playRound,
  sendActions,
  studentAction,
} from '../../server/test-support/class-run.ts';
import {
  freshDatabase,
  type Instance,
  leaseOwner,
  startBalancer,
  startInstance,
  stopInstance,
} from '../../server/test-support/cluster-kit.ts';
import { makeTempDir } from '../../server/test-support/temp-dir.ts';

/**
 * Issue 14: two server instances in child processes on one PostgreSQL, behind one address. 60 students, spread
 * over both (their joins alternate between the instances, their sockets between them through the balancer),
 * play two rounds; in the second, with half of the round's actions in, the authority is killed with SIGKILL.
 * The other instance must take the session over (rebuilt from the action log), every client must reconnect by
 * itself and end on the last version, every acknowledged action must be in the log where its acknowledgement
 * said, a resent action must not apply twice, the console must count the students of both instances, and the
 * year's results must equal those of the same class on two instances that never failed.
 */
const students = 60;

const play = async (baseUrl: string, kill: boolean) => {
  const db = await freshDatabase(baseUrl, freshSchema(kill ? 'failover' : 'calm'));
  const temp = await makeTempDir('multi');
  const instances: Instance[] = [];
  const alive = new Set<Instance>();
  const balancer = await startBalancer(() => [...alive].map((i) => i.url));
  let run: ClassRun | undefined;
  try {
    for (const id of ['a', 'b']) {
      const instance = await startInstance(`${id}-${kill ? 'kill' : 'calm'}`, {
        databaseUrl: db.url,
        dataDir: temp.dir,
      });
      instances.push(instance);
      alive.add(instance);
    }
    const [first, second] = instances as [Instance, Instance];
    // Created through the first instance, the session's first authority; joins alternate between the two.
    run = await joinClass({
      create: first.url,
      joins: [first.url, second.url],
      sockets: balancer.url,
      students,
      seed: 7,
    });
    // The authority is whoever holds the lease now; the other one must take over.
    const owner = await leaseOwner(db.url, run.sessionId);
    const a = instances.find((i) => i.id === owner)!;
    const b = instances.find((i) => i !== a)!;
    expect(a).toBe(first);
    // The balancer hands connections to the instances in turn, so the lecturer's console is on one of them and
    // half of the students on the other: presence must count them all (issue 14).
    const online = () => new Set(run!.facilitator.online).size;
    await expect.poll(online, { timeout: 15_000 }).toBe(students);
    await playRound(run, 1);
    let takeoverMs: number | undefined;
    let killedAtEpoch = Number.POSITIVE_INFINITY;
    await playRound(run, 2, async (drafts) => {
      // Mid-round: half of the drafts are in and acknowledged when the authority dies.
      const half = Math.floor(drafts.length / 2);
      const mark = run!.acknowledged.length;
      await sendActions(run!, drafts.slice(0, half), 2);
      const seqsSince = (from: number) =>
        Object.fromEntries(run!.acknowledged.slice(from).map((x) => [x.seatId, x.seq]));
      const firstHalf = seqsSince(mark);
      if (kill) {
        a.child.kill('SIGKILL');
        expect(await a.exited).toBe('SIGKILL');
        alive.delete(a);
        const killedAt = performance.now();
        killedAtEpoch = Date.now();
        const acks = await sendActions(run!, drafts.slice(half), 2);
        takeoverMs = Math.min(...acks.map((t) => t.ackAt - killedAt));
      } else await sendActions(run!, drafts.slice(half), 2);
      // The first half sends again under the same ids, as phones do whose acknowledgement was lost: each is
      // answered with its place in the log and none is applied twice, also by the instance that took over
      // from the one that logged it (its action ids come from the log, issue 14).
      const again = run!.acknowledged.length;
      await sendActions(run!, drafts.slice(0, half), 2);
      expect(seqsSince(again)).toEqual(firstHalf);
    });
    const exported = await run.exportFrom(b.url);
    checkAcknowledged(run, exported.log);
    // Everyone is back and current: the last version of the log at every client.
    const last = exported.log.at(-1)!.seq;
    await run.everyoneAt(last);
    await expect.poll(online, { timeout: 15_000 }).toBe(students);
    if (kill) {
      expect(b.log.some((l) => l.msg === takenOverMessage && Number(l.time) >= killedAtEpoch)).toBe(true);
      expect(takeoverMs).toBeLessThan(10_000);
      console.info(`multi-instance: first action accepted ${Math.round(takeoverMs!)} ms after the kill`);
    }
    const result = {
      report: JSON.stringify(exported.results.report),
      rounds: exported.results.rounds?.length,
    };
    // A clean stop (SIGTERM) hands back the leases and closes the adapter's connection: exit code 0.
    run.close();
    await stopInstance(b);
    expect(b.child.exitCode).toBe(0);
    return result;
  } finally {
    run?.close();
    await balancer.close();
    for (const i of instances) await stopInstance(i);
    await temp.remove();
    await db.drop();
  }
};

describeWithPg('two instances on one PostgreSQL', (url) => {
  it('a class of 60 over both instances survives kill -9 of its authority with the results of a calm run', async () => {
    const calm = await play(url, false);
    const failed = await play(url, true);
    expect(calm.rounds).toBe(2);
    expect(failed.rounds).toBe(2);
    expect(failed.report).toBe(calm.report);
  }, 600_000);
});

describe('studentAction', () => {
  it('gives every student of a team and role the same draft, so their order cannot change the results', () => {
    const a = studentAction({ team: 't2', teamIndex: 1, role: 'inkoper' }, 2);
    const b = studentAction({ team: 't2', teamIndex: 1, role: 'inkoper' }, 2);
    expect(a).toEqual(b);
    expect(studentAction({ team: 't1', teamIndex: 0, role: 'inkoper' }, 2)).not.toEqual(a);
  });
});

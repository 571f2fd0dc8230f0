import type { Scenario } from '../scenario/scenario-schema.ts';
import { mergeShards, type ShardedRun } from './merge.ts';
import { shardPlan } from './plan.ts';
import { runShard } from './run-shard.ts';

/** Weeks one shard (a fresh state) runs for the warm-up plus `years` reported years. */
export const shardWeeks = (scenario: Scenario, years: number): number => scenario.warmupWeeks + 52 * years;

/**
 * A headless run of a scenario of several areas, one shard per area, run one after the other on this thread
 * (`--workers 1`); server/cli/shards runs the same shards on worker threads, with the same result.
 */
export const runShardedScenario = (
  scenario: Scenario,
  seed: number,
  years: number,
  onProgress?: (doneWeeks: number, totalWeeks: number) => void,
): ShardedRun => {
  const plan = shardPlan(scenario);
  const total = plan.length * shardWeeks(scenario, years);
  let done = 0;
  const onWeek = onProgress ? () => onProgress(++done, total) : undefined;
  return mergeShards(
    scenario,
    seed,
    plan.map((spec) => runShard(scenario, spec, seed, years, { onWeek })),
  );
};

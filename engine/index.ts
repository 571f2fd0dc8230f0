/**
 * Public surface of the engine: a pure, deterministic simulation of youth care in a region.
 * The engine owns its state object: `advance` and `applyDecisions` update it in place and return it (cheap at
 * national scale); `cloneState` gives an independent copy for what-if runs. Same scenario, seed and
 * decisions always give the same results, also across serialise/deserialise.
 */

export { buildReport } from './report/build-report.ts';
export { moneyBalance, populationBalance } from './report/invariants.ts';
export { beleidView, familyViews, leefwereldView, uitvoeringView } from './report/lens-views.ts';
export type * from './report/report-types.ts';
export { runScenario } from './run-scenario.ts';
export type { Decisions, DecisionsInput, RegionalDecisions } from './scenario/decisions.ts';
export { decisionsSchema, defaultDecisions, regionalDecisionsSchema } from './scenario/decisions.ts';
export type { ParameterName, Parameters } from './scenario/parameters.ts';
export { defaultParameters, parameterSpecs, parametersSchema } from './scenario/parameters.ts';
export type { PolicyChange, Scenario, ScenarioInput, ScenarioIssue } from './scenario/scenario-schema.ts';
export { parseScenario, policyChangeSchema, scenarioSchema } from './scenario/scenario-schema.ts';
export type { ShardedRun } from './shards/merge.ts';
export { mergeShards } from './shards/merge.ts';
export type { ShardSpec } from './shards/plan.ts';
export { isMultiArea, largestFirst, shardPlan } from './shards/plan.ts';
export type { ShardResult } from './shards/run-shard.ts';
export { runShard } from './shards/run-shard.ts';
export { runShardedScenario, shardWeeks } from './shards/run-sharded.ts';
export {
  advance,
  advanceYears,
  applyDecisions,
  applyGameInputs,
  applyRegionalDecisions,
  createSimulation,
  setParameters,
} from './simulation.ts';
export { cloneState, deserializeState, serializeState } from './state/serialize.ts';
export type { SimState } from './state/sim-state.ts';

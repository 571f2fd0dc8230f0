// The engine in the browser: this worker (and only this file of the client) imports the engine at run time.
// It stays loaded for the page's life, so each run pays only for the simulation (web/src/verkenner/README.md).
import { parseScenario, runScenario } from '../../../engine/index.ts';
import { mechanismCounters, readOutcomes } from '../../../game/explorer/outcomes.ts';
import type { RunSeries, WorkerReply, WorkerRequest } from './worker-protocol.ts';

const counters = Object.values(mechanismCounters);

const run = (req: Extract<WorkerRequest, { type: 'run' }>): RunSeries => {
  const report = runScenario(req.scenario, req.seed, req.years);
  const years = report.region.years;
  return {
    years: years.map((y) => y.year),
    outcomes: years.map(readOutcomes),
    counters: years.map((y) => counters.map((c) => c(y))),
    families: req.families ? report.families : [],
  };
};

const answer = (req: WorkerRequest): WorkerReply => {
  try {
    if (req.type === 'parse') {
      const r = parseScenario(req.data);
      return r.ok
        ? { id: req.id, type: 'parse', ok: true, scenario: r.scenario }
        : { id: req.id, type: 'parse', ok: false, issues: r.issues };
    }
    return { id: req.id, type: 'run', series: run(req) };
  } catch (e) {
    return { id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) };
  }
};

// The client is type-checked with the DOM library; in a worker `self` is the worker's scope.
const scope = self as unknown as {
  onmessage: (e: MessageEvent<WorkerRequest>) => void;
  postMessage: (m: WorkerReply) => void;
};
scope.onmessage = (e) => scope.postMessage(answer(e.data));

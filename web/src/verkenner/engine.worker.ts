// The engine in the browser: this worker (and only this file of the client) imports the engine at run time.
// It stays loaded for the page's life, so each run pays only for the simulation (web/src/verkenner/README.md).
import { parseScenario } from '../../../engine/index.ts';
import { createRunner, seriesOf } from '../../../game/explorer/run-setting.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

const run = createRunner();

const answer = (req: WorkerRequest): WorkerReply => {
  try {
    if (req.type === 'parse') {
      const r = parseScenario(req.data);
      return r.ok
        ? { id: req.id, type: 'parse', ok: true, scenario: r.scenario }
        : { id: req.id, type: 'parse', ok: false, issues: r.issues };
    }
    const report = run(req.scenarioKey, req.scenario, req.setting, req.seed, req.years);
    return { id: req.id, type: 'run', series: seriesOf(report, req.families) };
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

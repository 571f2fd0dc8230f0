import { useEffect, useState } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import { loadPresetData } from './presets.ts';
import { parseInWorker } from './use-verkenner-engine.ts';
import type { WorkerPool } from './worker-pool.ts';

export type Upload = { name: string; scenario: Scenario };

/** The scenario of the page: an uploaded file when there is one, else the preset, parsed in a worker. */
export const useScenario = (pool: WorkerPool | undefined, preset: string, upload: Upload | null) => {
  const [scenario, setScenario] = useState<Scenario | null>(null);
  useEffect(() => {
    if (upload) return setScenario(upload.scenario);
    if (!pool) return;
    let live = true;
    void loadPresetData(preset)
      .then((data) => parseInWorker(pool, data))
      .then((r) => {
        if (live && r.ok) setScenario(r.scenario);
      });
    return () => {
      live = false;
    };
  }, [pool, preset, upload]);
  return scenario;
};

/** Reads an uploaded file: the scenario, or the problems in the user's words (malformed JSON, schema issues). */
export const readScenarioFile = async (
  pool: WorkerPool,
  file: File,
  malformed: string,
): Promise<{ ok: true; upload: Upload } | { ok: false; problems: string[] }> => {
  let data: unknown;
  try {
    data = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [malformed] };
  }
  const r = await parseInWorker(pool, data);
  return r.ok
    ? { ok: true, upload: { name: file.name, scenario: r.scenario } }
    : { ok: false, problems: r.issues.map((i) => `${i.path}: ${i.message}`) };
};

import { useEffect, useMemo, useState } from 'react';
import { outcomeByKey, outcomes } from '../../../game/explorer/outcomes.ts';
import {
  type ExplorerSetting,
  emptySetting,
  isEmptySetting,
  settingEntries,
  settingKey,
  singleLever,
} from '../../../game/explorer/setting.ts';
import { useLocale } from '../i18n/i18n.ts';
import '../styles/verkenner.css';
import { attribute, changedJourneys, movedCounters, readAt } from './attribution.ts';
import { delaysOf } from './delays.ts';
import { ExportPanel } from './export-panel.tsx';
import { type ChartRegistry, LensColumns } from './lens-columns.tsx';
import { defaultPreset, verkennerPresets } from './presets.ts';
import { decodeState, encodeState, maxSeeds, type VerkennerState } from './url-state.ts';
import { readScenarioFile, type Upload, useScenario } from './use-scenario.ts';
import { useRuns, useVerkennerEngine } from './use-verkenner-engine.ts';
import { VerkennerControls } from './verkenner-controls.tsx';
import { WhyPanel } from './why-panel.tsx';

type Compare = 'none' | 'baseline' | 'pinned';
/** Seeds for the one-at-a-time runs of the why panel: enough for a mean, few enough to come quickly. */
const whySeeds = 10;

/** The verkenner (GAME.md section 2): every lever, ten years ahead with bands, compare, why, share and keep. */
export const VerkennerScreen = () => {
  const { t } = useLocale();
  const [state, setState] = useState<VerkennerState>(() =>
    decodeState(window.location.search, verkennerPresets, defaultPreset),
  );
  const [compare, setCompare] = useState<Compare>(state.pinned ? 'pinned' : 'none');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const engine = useVerkennerEngine();
  const store = engine?.store;
  const version = useRuns(store);
  const scenario = useScenario(engine?.pool, state.preset, upload);
  const registry = useMemo<ChartRegistry>(() => new Map(), []);

  useEffect(() => {
    window.history.replaceState(null, '', `/verkenner?${encodeState(state)}`);
  }, [state]);

  const base = emptySetting();
  const whySeedCount = Math.min(whySeeds, state.seeds);
  const levers = settingEntries(state.setting).map((e) => e.lever);
  const key = [
    scenario?.id,
    settingKey(state.setting),
    state.pinned && settingKey(state.pinned),
    state.seeds,
  ];
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key lists what the runs depend on.
  useEffect(() => {
    if (!store || !scenario) return;
    store.request(scenario, [
      { setting: state.setting, seeds: state.seeds },
      { setting: base, seeds: state.seeds },
      ...(state.pinned ? [{ setting: state.pinned, seeds: state.seeds }] : []),
      ...(state.why
        ? levers.map((l) => ({ setting: singleLever(state.setting, l), seeds: whySeedCount }))
        : []),
    ]);
  }, [store, scenario, ...key, state.why !== null]);

  if (!engine || !store || !scenario) return <p role="status">{t('app.loading')}</p>;
  const runs = (s: ExplorerSetting, n = state.seeds) => store.runs(scenario, s, n);
  const current = runs(state.setting);
  const baseline = runs(base);
  const pinned = state.pinned ? runs(state.pinned) : null;
  const reference = compare === 'baseline' ? baseline : compare === 'pinned' ? pinned : null;
  const done = current.filter(Boolean).length;
  const years = (current.find(Boolean) ?? baseline.find(Boolean))?.years ?? [];
  const timing = store.timing();

  const why = state.why;
  const whyIndex = why ? outcomes.findIndex((o) => o.key === why.outcome) : -1;
  const attribution =
    why && whyIndex >= 0 && outcomeByKey(why.outcome)
      ? attribute(
          runs(base, whySeedCount),
          runs(state.setting, whySeedCount),
          levers.map((l) => ({ lever: l, runs: runs(singleLever(state.setting, l), whySeedCount) })),
          readAt(whyIndex, why.year),
        )
      : null;

  const set = (patch: Partial<VerkennerState>) => setState((s) => ({ ...s, ...patch }));
  const onFile = async (file: File) => {
    const r = await readScenarioFile(engine.pool, file, t('verkenner.fileMalformed'));
    if (r.ok) {
      setFileProblems([]);
      setUpload(r.upload);
      set({ setting: emptySetting(), pinned: null });
    } else setFileProblems(r.problems);
  };
  const delays = delaysOf(state.setting);
  return (
    <div className="verkenner stack" data-version={version}>
      <h1>{t('verkenner.title')}</h1>
      <p className="lead">{t('verkenner.intro', { seeds: state.seeds })}</p>
      <div className="verkenner-layout">
        <VerkennerControls
          presets={verkennerPresets}
          preset={state.preset}
          fromFile={upload?.name ?? null}
          fileProblems={fileProblems}
          baseDecisions={scenario.municipalities[0].decisions}
          baseRegional={scenario.region.decisions}
          startYear={scenario.startYear}
          setting={state.setting}
          pinned={state.pinned !== null}
          onPreset={(preset) => {
            setUpload(null);
            set({ preset, setting: emptySetting(), pinned: null });
          }}
          onFile={(f) => void onFile(f)}
          onSetting={(setting) => set({ setting })}
          onPin={() => {
            const next = state.pinned ? null : state.setting;
            set({ pinned: next });
            setCompare(next ? 'pinned' : 'none');
          }}
        />
        <div className="stack verkenner-results">
          <div className="verkenner-bar">
            <div className="field">
              <label htmlFor="verkenner-compare">{t('verkenner.compare')}</label>
              <select
                id="verkenner-compare"
                value={compare}
                onChange={(e) => setCompare(e.target.value as Compare)}
              >
                <option value="none">{t('verkenner.compareNone')}</option>
                <option value="baseline">{t('verkenner.compareBaseline')}</option>
                {state.pinned && <option value="pinned">{t('verkenner.comparePinned')}</option>}
              </select>
            </div>
            <div className="field">
              <label htmlFor="verkenner-seeds">{t('verkenner.seeds')}</label>
              <input
                id="verkenner-seeds"
                type="number"
                min={1}
                max={maxSeeds}
                value={state.seeds}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n >= 1 && n <= maxSeeds) set({ seeds: n });
                }}
              />
            </div>
            <p
              role="status"
              className="verkenner-status"
              data-timing-key={timing.key}
              data-first-line-ms={timing.firstLineMs ?? ''}
              data-preview-ms={timing.previewMs ?? ''}
              data-done={done}
            >
              {done === state.seeds
                ? t('verkenner.statusDone', { total: state.seeds })
                : t('verkenner.status', { done, total: state.seeds })}
            </p>
          </div>
          {state.pinned && (
            <p className="help">{t('verkenner.pinned', { count: settingEntries(state.pinned).length })}</p>
          )}
          {delays.length > 0 && (
            <ul className="delay-kinds">
              {delays.map((d) => (
                <li key={d}>{t(`verkenner.delay.${d}`)}</li>
              ))}
            </ul>
          )}
          {store.errors().length > 0 && (
            <p role="alert" className="error-notice">
              {t('verkenner.error', { message: store.errors()[0] })}
            </p>
          )}
          <LensColumns current={current} reference={reference} registry={registry} version={version} />
          <WhyPanel
            years={years}
            why={why}
            hasChange={!isEmptySetting(state.setting)}
            attribution={attribution}
            counters={
              why ? movedCounters(runs(base, whySeedCount), runs(state.setting, whySeedCount), why.year) : []
            }
            journeys={changedJourneys(baseline[0]?.families ?? [], current[0]?.families ?? [])}
            onAsk={(w) => set({ why: w })}
          />
          <ExportPanel
            scenario={scenario}
            setting={state.setting}
            named={[
              { name: 'current', setting: state.setting, runs: current },
              { name: 'baseline', setting: base, runs: baseline },
              ...(state.pinned && pinned
                ? [{ name: 'pinned' as const, setting: state.pinned, runs: pinned }]
                : []),
            ]}
            registry={registry}
          />
        </div>
      </div>
    </div>
  );
};

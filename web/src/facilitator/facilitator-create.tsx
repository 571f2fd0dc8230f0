import { type FormEvent, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Route } from '../routing/route.ts';
import {
  type CreateForm,
  createFormErrors,
  createSessionBody,
  defaultCreateForm,
  MAX_DAYS,
  presets,
  readScenarioFile,
  SIMULATE_SECONDS_MAX,
  sessionModes,
  teamCount,
} from './create-session-vm.ts';

/** Prepare a session in under two minutes: preset, size, rounds, timers, language, dashboard score, provider team. */
export const FacilitatorCreate = ({
  api,
  credentials,
  navigate,
}: {
  api: ApiClient;
  credentials: CredentialStore;
  navigate: (r: Route, hash?: string) => void;
}) => {
  const { t, language } = useLocale();
  const [form, setForm] = useState<CreateForm>(() => defaultCreateForm(language));
  const [errors, setErrors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Asked for only once the server says it wants one (a public server started with --admin-token).
  const [hostPassword, setHostPassword] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const onScenarioFile = async (file: File | undefined) => {
    if (!file) return;
    const r = readScenarioFile(file.name, await file.text());
    setFileError(r.ok ? null : r.error);
    setForm((f) => ({ ...f, scenarioFile: r.ok ? r.file : null }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = createFormErrors(form);
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const s = await api.createSession(createSessionBody(form), hostPassword ?? undefined);
      credentials.saveFacilitatorToken(s.sessionId, s.facilitatorToken);
      credentials.saveJoinCode(s.sessionId, s.joinCode);
      // Solo play: the student who made the session takes its one seat next (and runs it from there).
      if (form.mode === 'solo') return navigate({ name: 'join', code: s.joinCode });
      navigate(
        { name: 'facilitator', sessionId: s.sessionId, token: s.facilitatorToken },
        `#token=${s.facilitatorToken}`,
      );
    } catch (err) {
      setError(err);
      const code = err instanceof ApiError ? err.code : '';
      if ((code === 'unauthorized' || code === 'forbidden') && hostPassword === null) setHostPassword('');
    } finally {
      setBusy(false);
    }
  };
  const num = (key: 'municipalities' | 'rounds' | 'maxStudents', min: number, max: number) => (
    <>
      <label htmlFor={`create-${key}`}>{t(`facilitator.${key}`)}</label>
      <input
        id={`create-${key}`}
        type="number"
        min={min}
        max={max}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: Number(e.target.value) })}
        aria-describedby={key === 'municipalities' ? 'create-teams-help' : undefined}
      />
      {key === 'municipalities' && (
        // Most presets are one municipality: then the whole class is one team, whatever the number above.
        <p id="create-teams-help" className="help">
          {t('facilitator.teamsHelp', { count: teamCount(form) })}
        </p>
      )}
    </>
  );
  const check = (key: 'shortMode' | 'dashboardScore' | 'providerTeam', id: string, help?: string) => (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.checked })}
          aria-describedby={help ? `${id}-help` : undefined}
        />
        <label htmlFor={id}>{t(`facilitator.${key}`)}</label>
      </div>
      {help && (
        <p id={`${id}-help`} className="help">
          {t(help)}
        </p>
      )}
    </div>
  );
  return (
    <section aria-labelledby="create-title" className="stack">
      <h1 id="create-title">{t('facilitator.createTitle')}</h1>
      <form className="stack form-grid" onSubmit={submit} noValidate>
        <fieldset className="stack">
          <legend>{t('facilitator.mode.label')}</legend>
          {sessionModes.map((m) => (
            <div key={m} className="check">
              <input
                id={`create-mode-${m}`}
                type="radio"
                name="create-mode"
                value={m}
                checked={form.mode === m}
                onChange={() => setForm({ ...form, mode: m })}
                aria-describedby={`create-mode-${m}-help`}
              />
              <label htmlFor={`create-mode-${m}`}>{t(`facilitator.mode.${m}`)}</label>
              <p id={`create-mode-${m}-help`} className="help">
                {t(`facilitator.mode.${m}Help`)}
              </p>
            </div>
          ))}
        </fieldset>
        <label htmlFor="create-scenario">{t('facilitator.scenario')}</label>
        <select
          id="create-scenario"
          value={form.scenario}
          disabled={form.scenarioFile !== null}
          onChange={(e) => setForm({ ...form, scenario: e.target.value as CreateForm['scenario'] })}
        >
          {presets.map((p) => (
            <option key={p} value={p}>
              {t(`preset.${p}`)}
            </option>
          ))}
        </select>
        <label htmlFor="create-scenario-file">{t('facilitator.scenarioFile')}</label>
        <div className="field">
          <input
            id="create-scenario-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="create-scenario-file-help"
            onChange={(e) => void onScenarioFile(e.target.files?.[0])}
          />
          <p id="create-scenario-file-help" className="help">
            {form.scenarioFile
              ? t('facilitator.scenarioFileLoaded', { name: form.scenarioFile.name })
              : t('facilitator.scenarioFileHelp')}
          </p>
          {form.scenarioFile && (
            <button
              type="button"
              onClick={() => {
                setForm({ ...form, scenarioFile: null });
                setFileError(null);
              }}
            >
              {t('facilitator.scenarioFileRemove')}
            </button>
          )}
          {fileError && (
            <p role="alert" className="notice error">
              {t(fileError)}
            </p>
          )}
        </div>
        {num('municipalities', 2, 12)}
        {num('rounds', 4, 10)}
        {form.mode !== 'solo' && num('maxStudents', 1, 500)}
        <fieldset className="stack">
          <legend>{t('facilitator.timers')}</legend>
          {form.mode === 'solo' && <p className="help">{t('facilitator.soloTimers')}</p>}
          {form.mode === 'async' &&
            (['signalen', 'overleg', 'terugblik'] as const).map((p) => (
              <div key={p} className="field">
                <label htmlFor={`create-days-${p}`}>
                  {t('facilitator.days', { phase: t(`phase.${p}`) })}
                </label>
                <input
                  id={`create-days-${p}`}
                  type="number"
                  min={0.5}
                  max={MAX_DAYS}
                  step={0.5}
                  value={form.days[p]}
                  onChange={(e) => setForm({ ...form, days: { ...form.days, [p]: Number(e.target.value) } })}
                />
              </div>
            ))}
          {form.mode === 'class' &&
            (['signalen', 'overleg', 'terugblik'] as const).map((p) => (
              <div key={p} className="field">
                <label htmlFor={`create-min-${p}`}>
                  {t('facilitator.minutes', { phase: t(`phase.${p}`) })}
                </label>
                <input
                  id={`create-min-${p}`}
                  type="number"
                  min={1}
                  max={120}
                  value={form.minutes[p]}
                  onChange={(e) =>
                    setForm({ ...form, minutes: { ...form.minutes, [p]: Number(e.target.value) } })
                  }
                />
              </div>
            ))}
          <div className="field">
            <label htmlFor="create-simulate">{t('facilitator.simulateSeconds')}</label>
            <input
              id="create-simulate"
              type="number"
              min={0}
              max={SIMULATE_SECONDS_MAX}
              value={form.simulateSeconds}
              aria-describedby="create-simulate-help"
              onChange={(e) => setForm({ ...form, simulateSeconds: Number(e.target.value) })}
            />
            <p id="create-simulate-help" className="help">
              {t('facilitator.simulateSecondsHelp')}
            </p>
          </div>
        </fieldset>
        {check('shortMode', 'create-short')}
        {check('dashboardScore', 'create-score')}
        {check('providerTeam', 'create-provider-team', 'facilitator.providerTeamHelp')}
        <label htmlFor="create-language">{t('facilitator.language')}</label>
        <select
          id="create-language"
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.target.value as 'nl' | 'en' })}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
        {errors.length > 0 && (
          <ul role="alert" className="notice error">
            {errors.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        )}
        {hostPassword !== null && (
          <>
            <label htmlFor="create-host-password">{t('facilitator.hostPassword')}</label>
            <input
              id="create-host-password"
              type="password"
              autoComplete="current-password"
              value={hostPassword}
              onChange={(e) => setHostPassword(e.target.value)}
            />
          </>
        )}
        <ErrorNotice error={error} />
        {/* A refused scenario file: what is wrong where, by JSON path (the server's schema, in this language). */}
        {error instanceof ApiError && (error.issues?.length ?? 0) > 0 && (
          <ul className="issues">
            {error.issues?.slice(0, 10).map((i) => (
              <li key={`${i.path}-${i.message}`}>
                {i.path}: {i.message}
              </li>
            ))}
          </ul>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('facilitator.create')}
        </button>
      </form>
    </section>
  );
};

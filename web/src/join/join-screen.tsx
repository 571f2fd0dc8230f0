import { type FormEvent, useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Route } from '../routing/route.ts';
import {
  displayNameError,
  isJoinCode,
  type JoinStepVm,
  joinErrorHint,
  joinRequest,
  joinStepVm,
  normalizeCode,
  providerRole,
  roleChoices,
} from './join-vm.ts';
import { RejoinForm } from './rejoin-form.tsx';

type Props = {
  api: ApiClient;
  credentials: CredentialStore;
  initialCode: string | null;
  navigate: (r: Route) => void;
};

const hintOf = (e: unknown) =>
  e instanceof ApiError ? joinErrorHint(e.code, e.reason) : 'join.hint.tryAgain';

/** Code, then name and seat on one screen, then seated: built to take under 30 seconds on a phone. */
export const JoinScreen = ({ api, credentials, initialCode, navigate }: Props) => {
  const { t } = useLocale();
  const [code, setCode] = useState(initialCode ?? '');
  const [step, setStep] = useState<JoinStepVm | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ displayName: '', municipalityId: '', role: '' });
  const [nameError, setNameError] = useState<string | null>(null);

  const lookup = async (raw: string) => {
    const c = normalizeCode(raw);
    if (!isJoinCode(c))
      return setError(new ApiError(400, { code: 'session_not_found', message: t('join.error.codeShape') }));
    setBusy(true);
    setError(null);
    try {
      setStep(joinStepVm(await api.lookupJoinCode(c)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // A QR code opens /join/<code>: look it up at once, so the student only types a name.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on the first render, for the code in the link
  useEffect(() => {
    if (initialCode) void lookup(initialCode);
  }, []);

  const join = async (e: FormEvent) => {
    e.preventDefault();
    if (step?.step !== 'seat') return;
    const invalid = displayNameError(form.displayName);
    setNameError(invalid);
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      const grant = await api.join(joinRequest(step.joinCode, form));
      credentials.saveSeat({ ...grant, joinCode: step.joinCode });
      navigate({ name: 'play', sessionId: grant.sessionId });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const saved = step?.step === 'seat' ? credentials.loadSeat(step.sessionId) : null;
  const providerSeat = form.role === providerRole;
  return (
    <section aria-labelledby="join-title" className="stack">
      <h1 id="join-title">{t('join.title')}</h1>
      {step?.step !== 'seat' && (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void lookup(code);
          }}
        >
          <label htmlFor="join-code">{t('join.code')}</label>
          <input
            id="join-code"
            className="code-input"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            maxLength={9}
            aria-describedby="join-code-help"
          />
          <p id="join-code-help" className="help">
            {t('join.codeHelp')}
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {t('join.next')}
          </button>
        </form>
      )}
      {step?.step === 'ended' && (
        <div role="alert" className="notice error">
          <p>{t('join.error.ended')}</p>
        </div>
      )}
      {step?.step === 'full' && (
        <div role="alert" className="notice error">
          <p>{t('join.error.full', { count: step.maxStudents })}</p>
          <p>{t('join.hint.full')}</p>
        </div>
      )}
      <ErrorNotice error={error} hint={hintOf(error)} />
      {step?.step === 'seat' && (
        <form className="stack" onSubmit={join} noValidate>
          <p className="lead">{t('join.welcome', { region: step.region, code: step.joinCode })}</p>
          {saved && (
            <div className="notice">
              <p>{t('join.savedSeat')}</p>
              <button type="button" onClick={() => navigate({ name: 'play', sessionId: step.sessionId })}>
                {t('join.backToSeat')}
              </button>
            </div>
          )}
          <label htmlFor="join-name">{t('join.name')}</label>
          <input
            id="join-name"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            autoComplete="nickname"
            maxLength={40}
            aria-invalid={nameError !== null}
            aria-describedby={nameError ? 'join-name-error' : 'join-name-help'}
          />
          {nameError ? (
            <p id="join-name-error" className="field-error">
              {t(nameError)}
            </p>
          ) : (
            <p id="join-name-help" className="help">
              {t('join.nameHelp')}
            </p>
          )}
          <label htmlFor="join-municipality">{t('join.municipality')}</label>
          <select
            id="join-municipality"
            value={form.municipalityId}
            disabled={providerSeat}
            aria-describedby={providerSeat ? 'join-municipality-help' : undefined}
            onChange={(e) => setForm({ ...form, municipalityId: e.target.value, role: '' })}
          >
            <option value="">{t('join.letGameChoose')}</option>
            {step.municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {t('join.municipalityOption', { name: m.name, count: m.students })}
              </option>
            ))}
          </select>
          {providerSeat && (
            <p id="join-municipality-help" className="help">
              {t('join.providerHelp')}
            </p>
          )}
          <label htmlFor="join-role">{t('join.role')}</label>
          <select
            id="join-role"
            value={form.role}
            onChange={(e) =>
              // The provider team belongs to the region: its seat takes no municipality.
              setForm({
                ...form,
                role: e.target.value,
                municipalityId: e.target.value === providerRole ? '' : form.municipalityId,
              })
            }
          >
            <option value="">{t('join.letGameChoose')}</option>
            {roleChoices(step.municipalities, form.municipalityId, step.providerTeam).map(
              ({ role, availability }) => (
                <option key={role} value={role}>
                  {availability === 'open'
                    ? t(role === providerRole ? 'join.providerOption' : `role.${role}`)
                    : t(availability === 'shared' ? 'join.roleShared' : 'join.roleTakeOver', {
                        role: t(`role.${role}`),
                      })}
                </option>
              ),
            )}
          </select>
          <button type="submit" className="primary" disabled={busy}>
            {t('join.takeSeat')}
          </button>
        </form>
      )}
      <RejoinForm api={api} credentials={credentials} navigate={navigate} initialCode={code} />
    </section>
  );
};

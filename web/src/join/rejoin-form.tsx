import { type FormEvent, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Route } from '../routing/route.ts';
import { joinErrorHint, normalizeCode } from './join-vm.ts';

type Props = {
  api: ApiClient;
  credentials: CredentialStore;
  navigate: (r: Route) => void;
  initialCode?: string;
  open?: boolean;
};

/** Back to the same seat on a new device or after the seat token was replaced: join code + rejoin code. */
export const RejoinForm = ({ api, credentials, navigate, initialCode = '', open = false }: Props) => {
  const { t } = useLocale();
  const [joinCode, setJoinCode] = useState(initialCode);
  const [rejoinCode, setRejoinCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const code = normalizeCode(joinCode);
      const grant = await api.rejoin(code, normalizeCode(rejoinCode));
      credentials.saveSeat({ ...grant, joinCode: code });
      navigate({ name: 'play', sessionId: grant.sessionId });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="rejoin" open={open}>
      <summary>{t('rejoin.title')}</summary>
      <form className="stack" onSubmit={submit}>
        <p className="help">{t('rejoin.help')}</p>
        <label htmlFor="rejoin-join-code">{t('join.code')}</label>
        <input
          id="rejoin-join-code"
          value={joinCode}
          onChange={(e) => setJoinCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
        />
        <label htmlFor="rejoin-code">{t('rejoin.code')}</label>
        <input
          id="rejoin-code"
          value={rejoinCode}
          onChange={(e) => setRejoinCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
        />
        <button type="submit" disabled={busy}>
          {t('rejoin.submit')}
        </button>
        <ErrorNotice
          error={error}
          hint={error instanceof ApiError ? joinErrorHint(error.code, error.reason) : undefined}
        />
      </form>
    </details>
  );
};

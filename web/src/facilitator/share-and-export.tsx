import { useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { useLocale } from '../i18n/i18n.ts';

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
};

/** The projector link, the join QR, the data exports and the class report (print to PDF). */
export const ShareAndExport = ({
  api,
  sessionId,
  token,
  onError,
}: {
  api: ApiClient;
  sessionId: string;
  token: string;
  onError: (e: unknown) => void;
}) => {
  const { t } = useLocale();
  const [showQr, setShowQr] = useState(false);
  const [erase, setErase] = useState<'idle' | 'confirm' | 'deleted'>('idle');
  const fetchAndSave = (format: 'json' | 'csv') =>
    api.download(sessionId, token, format).then((b) => save(b, `monopolycentrisme-${sessionId}.${format}`));
  const download = (format: 'json' | 'csv') => fetchAndSave(format).catch(onError);
  // Export first, so the lecturer keeps the class's results; only then delete (docs/privacy.md).
  const exportThenDelete = () =>
    fetchAndSave('json')
      .then(() => api.deleteSession(sessionId, token))
      .then(() => setErase('deleted'), onError);
  if (erase === 'deleted')
    return (
      <section className="card stack" aria-labelledby="share-title">
        <h2 id="share-title">{t('facilitator.shareTitle')}</h2>
        <p role="status">{t('facilitator.deleted')}</p>
      </section>
    );
  return (
    <section className="card stack" aria-labelledby="share-title">
      <h2 id="share-title">{t('facilitator.shareTitle')}</h2>
      <p>
        <a href={`/projector/${encodeURIComponent(sessionId)}`} target="_blank" rel="noreferrer">
          {t('facilitator.openProjector')}
        </a>
      </p>
      <button type="button" onClick={() => setShowQr(!showQr)} aria-expanded={showQr}>
        {t('facilitator.showQr')}
      </button>
      {showQr && (
        <img className="qr" src={api.qrUrl(sessionId)} alt={t('projector.qrAlt')} width={240} height={240} />
      )}
      <div className="actions">
        <button type="button" onClick={() => void download('json')}>
          {t('facilitator.exportJson')}
        </button>
        <button type="button" onClick={() => void download('csv')}>
          {t('facilitator.exportCsv')}
        </button>
      </div>
      <p>
        <a href={`/report/${encodeURIComponent(sessionId)}`} target="_blank" rel="noreferrer">
          {t('facilitator.report')}
        </a>
      </p>
      {erase === 'idle' ? (
        <button type="button" onClick={() => setErase('confirm')}>
          {t('facilitator.exportAndDelete')}
        </button>
      ) : (
        <div className="stack">
          <p role="alert">{t('facilitator.deleteWarning')}</p>
          <div className="actions">
            <button type="button" onClick={() => void exportThenDelete()}>
              {t('facilitator.deleteConfirm')}
            </button>
            <button type="button" onClick={() => setErase('idle')}>
              {t('facilitator.deleteCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
};

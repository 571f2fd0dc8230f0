import { ApiError } from '../api/api-error.ts';
import { useLocale } from '../i18n/i18n.ts';

/** A refusal as the user reads it: the server's translated message, then a hint of what to do. */
export const ErrorNotice = ({ error, hint }: { error: unknown; hint?: string }) => {
  const { t } = useLocale();
  if (!error) return null;
  const message = error instanceof ApiError && error.message ? error.message : t('error.generic');
  return (
    <div role="alert" className="notice error">
      <p>{message}</p>
      {hint && <p>{t(hint)}</p>}
    </div>
  );
};

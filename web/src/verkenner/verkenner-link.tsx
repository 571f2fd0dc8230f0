import { useLocale } from '../i18n/i18n.ts';

/** The way to the verkenner from the home page, the console and the debrief (a new tab beside a session). */
export const VerkennerLink = ({ newTab = false }: { newTab?: boolean }) => {
  const { t } = useLocale();
  return (
    <p>
      <a href="/verkenner" {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
        {t('verkenner.link')}
      </a>
      : {t('verkenner.linkHelp')}
    </p>
  );
};

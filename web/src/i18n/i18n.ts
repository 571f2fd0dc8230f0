import i18next from 'i18next';
import { useMemo } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../locales/en.json';
import nl from '../locales/nl.json';
import { createFormat } from './format.ts';
import { defaultLanguage, isLanguage, type Language, loadLanguage, saveLanguage } from './languages.ts';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Every string of the client lives in locales/*.json; Dutch is the default and the fallback. */
export const initI18n = () => {
  const lng = loadLanguage(storage());
  document.documentElement.lang = lng;
  return i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng,
    fallbackLng: defaultLanguage,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
};

export const setLanguage = async (l: Language) => {
  saveLanguage(storage(), l);
  document.documentElement.lang = l;
  await i18next.changeLanguage(l);
};

/** t, the current language and its number and date formats, for components. */
export const useLocale = () => {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const format = useMemo(() => createFormat(language), [language]);
  return { t, language, format };
};

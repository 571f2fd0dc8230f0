// Test fixture: the client's own locales in an i18next instance of their own (tests only, never bundled).
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

/** `t` in one language, from the same locale files and fallback the client uses (i18n.ts). */
export const testT = (language: Language): TFunction => {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
};

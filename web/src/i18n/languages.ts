/** Dutch first (the class plays in Dutch), English one click away. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';

export const isLanguage = (x: unknown): x is Language => languages.includes(x as Language);

/** The other language, for the one-click switch. */
export const otherLanguage = (l: Language): Language => (l === 'nl' ? 'en' : 'nl');

/** A sentence the game wrote in both languages (game/text.ts). */
export const pickText = (text: { nl: string; en: string } | undefined, l: Language): string =>
  text?.[l] ?? '';

const storageKey = 'monopolycentrisme.language';

/** The stored choice, or Dutch: the switch is persisted so a refresh keeps the language. */
export const loadLanguage = (storage: Pick<Storage, 'getItem'> | undefined): Language => {
  const stored = storage?.getItem(storageKey);
  return isLanguage(stored) ? stored : defaultLanguage;
};

export const saveLanguage = (storage: Pick<Storage, 'setItem'> | undefined, l: Language): void =>
  storage?.setItem(storageKey, l);

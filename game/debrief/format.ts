import type { Text } from '../text.ts';

/**
 * Numbers in debrief sentences, written without Intl so the same session reads the same on every machine:
 * Dutch groups thousands with a dot and writes decimals with a comma, English the other way round.
 */
export const formatNumber = (x: number, language: keyof Text, digits = 0): string => {
  const fixed = Math.abs(x).toFixed(digits);
  const [whole, fraction] = fixed.split('.');
  const sep = language === 'nl' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = x < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? (language === 'nl' ? ',' : '.') + fraction : ''}`;
};

export const formatPercent = (share: number, language: keyof Text): string =>
  `${formatNumber(share * 100, language)}%`;

export const formatEuro = (x: number, language: keyof Text): string => `€${formatNumber(x, language)}`;

const numberText = (v: number, language: keyof Text): string =>
  formatNumber(v, language, Number.isInteger(v) ? 0 : 1);

/**
 * Fills {name} slots in both languages; values may differ per language (numbers, names in text). A counted
 * slot {name|one|other} writes the number with the singular or plural noun, so 1 is never "1 weken".
 */
export const fill = (template: Text, values: Record<string, string | number | Text>): Text => {
  const one = (language: keyof Text): string =>
    template[language]
      .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (slot, key: string, singular: string, plural: string) => {
        const v = values[key];
        if (v === undefined) return slot;
        const shown =
          typeof v === 'number' ? numberText(v, language) : typeof v === 'string' ? v : v[language];
        return `${shown} ${shown === '1' ? singular : plural}`;
      })
      .replace(/\{(\w+)\}/g, (_, key: string) => {
        const v = values[key];
        if (v === undefined) return `{${key}}`;
        if (typeof v === 'number') return numberText(v, language);
        return typeof v === 'string' ? v : v[language];
      });
  return { nl: one('nl'), en: one('en') };
};

/** How the debrief names a named family in a sentence (singular, so verbs agree). */
export const familyLabels: Record<string, Text> = {
  maandag: {
    nl: 'het gezin van de zoon (11)',
    en: 'the family of the son (11)',
  },
  ryan: { nl: 'het gezin van Ryan (14)', en: "Ryan's family (Ryan, 14)" },
  dochter: { nl: 'het gezin van de dochter (11)', en: 'the family of the daughter (11)' },
  sara: { nl: 'het gezin van Sara (12)', en: "Sara's family (Sara, 12)" },
  amir: { nl: 'Amir (16)', en: 'Amir (16)' },
  lotte: { nl: 'het gezin van Lotte (13)', en: "Lotte's family (Lotte, 13)" },
  'gezin-alles': { nl: 'het gezin met alles tegelijk', en: 'the family with everything at once' },
  jamal: { nl: 'Jamal (19)', en: 'Jamal (19)' },
};

export const familyLabel = (key: string, name: string): Text => familyLabels[key] ?? { nl: name, en: name };

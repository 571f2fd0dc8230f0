import type { TFunction } from 'i18next';
import { createFormat } from '../i18n/format.ts';
import type { Language } from '../i18n/languages.ts';
import type { Debrief } from './debrief-vm.ts';

type EvidenceItem = Debrief['questions'][number]['evidence'][number];

/**
 * An evidence item's sentence in the reader's language. A contrast comes worded from the game in both
 * languages; a level fact is worded here through the locales (debrief.fact.<key>), its numbers in the reader's
 * number format and its plural picked by i18next from the fact's count.
 */
export const evidenceText = (e: EvidenceItem, language: Language, t: TFunction): string => {
  if ('text' in e) return e.text[language];
  const format = createFormat(language);
  const values: Record<string, string | number> = Object.fromEntries(
    Object.entries(e.message.values).map(([k, v]) => [
      k,
      typeof v === 'number' ? format.decimal(v) : typeof v === 'string' ? v : v[language],
    ]),
  );
  if (e.message.count !== undefined) values.count = e.message.count;
  return t(`debrief.fact.${e.message.key}`, values);
};

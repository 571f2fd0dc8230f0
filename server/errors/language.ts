/** The languages the interface speaks, in order of preference: the first is the default. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const isLanguage = (tag: string): tag is Language => (languages as readonly string[]).includes(tag);

/**
 * Picks the language from an Accept-Language header: the supported language with the highest q-value, ties
 * going to the header's order; Dutch when nothing supported is asked for. Only the primary subtag counts, so
 * `nl-BE` and `en-GB` match.
 */
export const pickLanguage = (header: string | undefined): Language => {
  if (!header) return languages[0];
  let best: { language: Language; q: number } | undefined;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0] ?? '';
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!isLanguage(primary) || !Number.isFinite(q) || q <= 0) continue;
    if (best === undefined || q > best.q) best = { language: primary, q };
  }
  return best?.language ?? languages[0];
};

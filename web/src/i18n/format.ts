import type { Language } from './languages.ts';

const localeOf = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

/** Numbers, money, shares and times the way each language writes them (issue #4: "numbers and dates per locale"). */
export const createFormat = (language: Language) => {
  const locale = localeOf[language];
  const nf = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
  const integer = nf({ maximumFractionDigits: 0 });
  const oneDecimal = nf({ maximumFractionDigits: 1 });
  const percent = nf({ style: 'percent', maximumFractionDigits: 0 });
  // Small shares (a fund of 1.5% of the budget) need their decimal.
  const percentFine = nf({ style: 'percent', maximumFractionDigits: 1 });
  const euro = nf({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const euroCompact = nf({
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dash = '–';
  const safe = (f: (n: number) => string) => (n: number | null | undefined) =>
    n === null || n === undefined || !Number.isFinite(n) ? dash : f(n);
  return {
    locale,
    integer: safe((n) => integer.format(n)),
    decimal: safe((n) => oneDecimal.format(n)),
    percent: safe((n) => percent.format(n)),
    percentFine: safe((n) => percentFine.format(n)),
    euro: safe((n) => euro.format(n)),
    euroCompact: safe((n) => euroCompact.format(n)),
    time: safe((ms) => time.format(ms)),
    dateTime: safe((ms) => date.format(ms)),
    /** A countdown as m:ss (or h:mm:ss), digits in the locale's numerals. */
    countdown: safe((ms) => {
      const total = Math.max(0, Math.ceil(ms / 1000));
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = String(total % 60).padStart(2, '0');
      return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
    }),
  };
};

export type Format = ReturnType<typeof createFormat>;

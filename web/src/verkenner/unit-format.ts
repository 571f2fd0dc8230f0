import type { OutcomeUnit } from '../../../game/explorer/outcomes.ts';
import type { Format } from '../i18n/format.ts';

/** How an outcome's numbers read in the current language, by unit. */
export const formatterFor = (format: Format, unit: OutcomeUnit) => (n: number) => {
  if (unit === 'eur') return format.euroCompact(n);
  if (unit === 'share') return format.percentFine(n);
  if (unit === 'count') return format.integer(n);
  return format.decimal(n);
};

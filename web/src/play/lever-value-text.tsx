import type { Decisions } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import { type LeverValue, leverFields } from './lever-fields.ts';

/** A lever's value in words: option names translated, shares as percentages, the split as three shares. */
export const LeverValueText = ({ lever, value }: { lever: keyof Decisions; value: LeverValue }) => {
  const { t, format } = useLocale();
  const f = leverFields[lever];
  if (f.kind === 'choice') return <>{t(`lever.${lever}.${String(value)}`)}</>;
  if (f.kind === 'boolean') return <>{t(value ? 'common.yes' : 'common.no')}</>;
  if (f.kind === 'budget')
    return <>{value === null ? t('lever.budgetEur.keep') : format.euro(value as number)}</>;
  if (f.kind === 'split') {
    const s = value as Decisions['budgetSplit'];
    return (
      <>{`${format.percent(s.aanval)} / ${format.percent(s.middenveld)} / ${format.percent(s.verdediging)}`}</>
    );
  }
  return <>{f.unit === 'share' ? format.percent(value as number) : format.decimal(value as number)}</>;
};

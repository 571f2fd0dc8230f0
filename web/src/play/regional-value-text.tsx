import { useLocale } from '../i18n/i18n.ts';
import type { RegionalChange } from './region-vm.ts';

/** One item of the regional package in words: on or off, or the fund's share of the budgets. */
export const RegionalValueText = ({ value }: { value: number | boolean }) => {
  const { t, format } = useLocale();
  return (
    <>{typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : format.percentFine(value)}</>
  );
};

/** What a package changes, item by item: "Samen inkopen: nee → ja". */
export const RegionalChanges = ({ changes }: { changes: RegionalChange[] }) => {
  const { t } = useLocale();
  return (
    <ul className="changes">
      {changes.map((c) => (
        <li key={c.item}>
          <strong>{t(`regional.${c.item}`)}</strong>: <RegionalValueText value={c.from} /> →{' '}
          <RegionalValueText value={c.to} />
        </li>
      ))}
    </ul>
  );
};

import { useState } from 'react';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';

/** A region can contract well over a hundred providers: a phone shows the first six (one card each, stacked) until asked for all. */
const providersShown = 6;

type ProviderRow = {
  id: string;
  name: string;
  type: string;
  bankrupt: boolean;
  atRisk: boolean;
  reservesEur: number;
  quality: number;
  occupancy: number | null;
  waiting: number;
  contracts?: number;
  fte?: number;
  sickLeave?: number;
  adminShare?: number;
};

export type ProviderColumn =
  | 'type'
  | 'reserves'
  | 'contracts'
  | 'fte'
  | 'sickLeave'
  | 'adminShare'
  | 'quality'
  | 'occupancy'
  | 'waiting';

/**
 * The providers as a table, one row each: the contract designer and the provider team each pick the columns of
 * their lens. Bankrupt providers are greyed and say so; reserves below zero say "in the red" in words too.
 */
export const ProvidersTable = ({
  caption,
  providers,
  columns,
}: {
  caption: string;
  providers: readonly ProviderRow[];
  columns: readonly ProviderColumn[];
}) => {
  const { t, format } = useLocale();
  const [all, setAll] = useState(false);
  const shown = all ? providers : providers.slice(0, providersShown);
  const cell = (p: ProviderRow, c: ProviderColumn) => {
    switch (c) {
      case 'type':
        return t(`careType.${p.type}`);
      case 'reserves':
        return `${format.euroCompact(p.reservesEur)}${p.atRisk ? ` (${t('providers.inTheRed')})` : ''}`;
      case 'contracts':
        return format.integer(p.contracts);
      case 'fte':
        return format.decimal(p.fte);
      case 'sickLeave':
        return format.percent(p.sickLeave);
      case 'adminShare':
        return format.percent(p.adminShare);
      case 'quality':
        return format.percent(p.quality);
      case 'occupancy':
        return format.percent(p.occupancy);
      case 'waiting':
        return format.integer(p.waiting);
    }
  };
  return (
    <>
      <TableScroll label={caption}>
        <table className="stacked">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('providers.name')}</th>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {t(`providers.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} className={p.bankrupt ? 'muted' : undefined}>
                <th scope="row">
                  {p.name}
                  {p.bankrupt && ` (${t('providers.bankrupt')})`}
                </th>
                {columns.map((c) => (
                  <td
                    key={c}
                    data-label={t(`providers.${c}`)}
                    className={c === 'reserves' && p.atRisk ? 'warn' : undefined}
                  >
                    {cell(p, c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {providers.length > providersShown && (
        <button type="button" className="small" onClick={() => setAll(!all)}>
          {all ? t('providers.showFewer') : t('providers.showAll', { count: providers.length })}
        </button>
      )}
    </>
  );
};

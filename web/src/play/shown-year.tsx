import type { SeatView } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';

type Shown = NonNullable<SeatView['lenses']['beleid']>['shown'] | undefined;

/**
 * Which year a lens's figures are from. In round 1 that is the warm-up's last year, said as such, so nobody
 * decides blind nor mistakes it for a year they played (issue 15, defect 11).
 */
export const ShownYear = ({ shown }: { shown: Shown }) => {
  const { t } = useLocale();
  if (!shown) return null;
  const key = shown.baseline ? 'lens.shownBaseline' : 'lens.shownYear';
  return (
    <p className="help shown-year" data-baseline={shown.baseline}>
      {t(key, { year: shown.year })}
    </p>
  );
};

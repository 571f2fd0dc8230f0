import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { type Stance, stanceChanged, stanceStep } from './aanbieder-vm.ts';
import type { Act } from './role-desk.tsx';

const dials = ['qualityProtection', 'indicatorPlay'] as const;

/**
 * The provider team's course: two dials from 0 to 100% with what each end means (the middle is the providers'
 * own behaviour). It counts when the round is calculated, so it can change in signalen and overleg.
 */
export const StanceForm = ({
  current,
  act,
  canDecide,
}: {
  current: Stance;
  act: Act;
  canDecide: boolean;
}) => {
  const { t, format } = useLocale();
  // Untouched dials follow the stance in force (another student of the team may change it); edits stay put.
  const [draft, setDraft] = useState<Stance | null>(null);
  const form = draft ?? current;
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await act({ type: 'set-provider-stance', ...form });
      setDraft(null);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="stance-title">
      <h3 id="stance-title">{t('stance.title')}</h3>
      <p className="help">{t(canDecide ? 'stance.help' : 'stance.closed')}</p>
      <p>
        {t('stance.current', {
          quality: format.percent(current.qualityProtection),
          indicators: format.percent(current.indicatorPlay),
        })}
      </p>
      {dials.map((d) => (
        <div key={d} className="field">
          <label htmlFor={`stance-${d}`}>{t(`stance.${d}.label`)}</label>
          <div className="range">
            <input
              id={`stance-${d}`}
              type="range"
              min={0}
              max={1}
              step={stanceStep}
              value={form[d]}
              disabled={!canDecide}
              aria-describedby={`stance-${d}-help`}
              aria-valuetext={format.percent(form[d])}
              onChange={(e) => {
                setSaved(false);
                setDraft({ ...form, [d]: Number(e.target.value) });
              }}
            />
            <output htmlFor={`stance-${d}`}>{format.percent(form[d])}</output>
          </div>
          <p id={`stance-${d}-help`} className="help">
            {t(`stance.${d}.help`)}
          </p>
        </div>
      ))}
      <button type="submit" disabled={!canDecide || !stanceChanged(current, form)}>
        {t('stance.submit')}
      </button>
      {saved && <p role="status">{t('stance.saved')}</p>}
      <ErrorNotice error={error} />
    </form>
  );
};

import { type FormEvent, useState } from 'react';
import { outcomeByKey, outcomes } from '../../../game/explorer/outcomes.ts';
import { useLocale } from '../i18n/i18n.ts';
import { type Attribution, attributionScale, type JourneyChange } from './attribution.ts';
import { formatterFor } from './unit-format.ts';

type Props = {
  years: number[];
  why: { outcome: string; year: number } | null;
  hasChange: boolean;
  attribution: Attribution | null;
  counters: { name: string; before: number; after: number }[];
  journeys: JourneyChange[];
  onAsk: (why: { outcome: string; year: number }) => void;
};

const leverLabel = (t: (k: string) => string, lever: string) =>
  lever.startsWith('regional.') ? t(lever) : t(`lever.${lever}.label`);

/** "Why?": one-at-a-time attribution with the interaction remainder, the mechanisms that moved and families. */
export const WhyPanel = ({ years, why, hasChange, attribution, counters, journeys, onAsk }: Props) => {
  const { t, format } = useLocale();
  const [outcome, setOutcome] = useState(why?.outcome ?? 'weeksToFirstHelp');
  const [year, setYear] = useState(why?.year ?? years.at(-1) ?? 2030);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAsk({ outcome, year });
  };
  const asked = why ? outcomeByKey(why.outcome) : undefined;
  const fmt = asked ? formatterFor(format, asked.unit) : format.decimal;
  const value = (units: number) => fmt(units / attributionScale);
  const bars = attribution
    ? [
        ...attribution.levers.map((l) => ({ key: l.lever, label: leverLabel(t, l.lever), units: l.effect })),
        { key: 'interaction', label: t('verkenner.why.interaction'), units: attribution.remainder },
      ]
    : [];
  const widest = Math.max(1, ...bars.map((b) => Math.abs(b.units)), Math.abs(attribution?.total ?? 0));
  return (
    <section aria-labelledby="why-title" className="card stack why-panel">
      <h2 id="why-title">{t('verkenner.why.title')}</h2>
      <p className="help">{t('verkenner.why.help')}</p>
      <form className="why-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="why-outcome">{t('verkenner.why.outcome')}</label>
          <select id="why-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {outcomes.map((o) => (
              <option key={o.key} value={o.key}>
                {t(`verkenner.outcome.${o.key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="why-year">{t('verkenner.why.year')}</label>
          <select id="why-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('verkenner.why.run')}
        </button>
      </form>
      {why && !hasChange && <p className="help">{t('verkenner.why.noChange')}</p>}
      {why && hasChange && !attribution && (
        <p role="status" className="help">
          {t('verkenner.why.waiting')}
        </p>
      )}
      {why && hasChange && attribution && (
        <div className="why-result stack">
          <h3>
            {t('verkenner.why.bars', {
              outcome: t(`verkenner.outcome.${why.outcome}`),
              year: why.year,
              seeds: attribution.seeds,
            })}
          </h3>
          <ul className="attribution" data-testid="attribution">
            {bars.map((b) => (
              <li key={b.key} className={b.key === 'interaction' ? 'interaction' : undefined}>
                <span className="bar-label">{b.label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span
                    className={b.units < 0 ? 'bar negative' : 'bar'}
                    style={{
                      width: `${(50 * Math.abs(b.units)) / widest}%`,
                      [b.units < 0 ? 'right' : 'left']: '50%',
                    }}
                  />
                </span>
                <span className="bar-value">{value(b.units)}</span>
              </li>
            ))}
            <li className="total">
              <span className="bar-label">{t('verkenner.why.total')}</span>
              <span className="bar-track" aria-hidden="true" />
              <span className="bar-value">{value(attribution.total)}</span>
            </li>
          </ul>
          <h3>{t('verkenner.why.mechanisms')}</h3>
          <ul>
            {counters.map((c) => (
              <li key={c.name}>
                {t('verkenner.why.mechanismLine', {
                  name: t(`verkenner.mechanism.${c.name}`),
                  before: format.decimal(c.before),
                  after: format.decimal(c.after),
                })}
              </li>
            ))}
          </ul>
          <h3>{t('verkenner.why.journeys')}</h3>
          {journeys.length === 0 ? (
            <p className="help">{t('verkenner.why.noJourneys')}</p>
          ) : (
            <ul>
              {journeys.map((j) => (
                <li key={`${j.municipality}-${j.key}`}>
                  {t('verkenner.why.journeyLine', {
                    name: j.name,
                    municipality: j.municipality,
                    weeksBefore: format.integer(j.before.weeksWaited),
                    weeksAfter: format.integer(j.after.weeksWaited),
                    tellingsBefore: format.integer(j.before.tellings),
                    tellingsAfter: format.integer(j.after.tellings),
                    professionalsBefore: format.integer(j.before.professionals),
                    professionalsAfter: format.integer(j.after.professionals),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
};

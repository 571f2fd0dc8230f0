import type { Decisions } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import { type BudgetLine, budgetLines, rebalanceSplit } from './budget-split.ts';
import { type LeverField, type LeverValue, leverFields } from './lever-fields.ts';

type Props = {
  levers: readonly (keyof Decisions)[];
  values: Decisions;
  onChange: (lever: keyof Decisions, value: LeverValue) => void;
  disabled: boolean;
  budgetBounds?: { min: number; max: number };
};

/**
 * Controls for a role's levers; every control has a visible label, a translated option text and its help text
 * (`lever.<name>.help`). The role screens and the verkenner both use it, so labels and help have one source.
 */
export const LeverForm = ({ levers, values, onChange, disabled, budgetBounds }: Props) => {
  const { t, format } = useLocale();
  const field = (f: LeverField) => {
    const id = `lever-${f.lever}`;
    const label = <label htmlFor={id}>{t(`lever.${f.lever}.label`)}</label>;
    if (f.kind === 'choice')
      return (
        <>
          {label}
          <select
            id={id}
            value={String(values[f.lever])}
            disabled={disabled}
            onChange={(e) => onChange(f.lever, e.target.value as LeverValue)}
            aria-describedby={`${id}-help`}
          >
            {f.options.map((o) => (
              <option key={o} value={o}>
                {t(`lever.${f.lever}.${o}`)}
              </option>
            ))}
          </select>
        </>
      );
    if (f.kind === 'boolean')
      return (
        <div className="check">
          <input
            id={id}
            type="checkbox"
            checked={Boolean(values[f.lever])}
            disabled={disabled}
            onChange={(e) => onChange(f.lever, e.target.checked)}
            aria-describedby={`${id}-help`}
          />
          {label}
        </div>
      );
    if (f.kind === 'number') {
      const v = values[f.lever] as number;
      const shown = f.unit === 'share' ? format.percent(v) : format.decimal(v);
      return (
        <>
          {label}
          <div className="range">
            <input
              id={id}
              type="range"
              min={f.min}
              max={f.max}
              step={f.step}
              value={v}
              disabled={disabled}
              onChange={(e) => onChange(f.lever, Number(e.target.value))}
              aria-describedby={`${id}-help`}
            />
            <output htmlFor={id}>{shown}</output>
          </div>
        </>
      );
    }
    if (f.kind === 'budget') {
      const b = values.budgetEur;
      return (
        <>
          {label}
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={budgetBounds?.min}
            max={budgetBounds?.max}
            step={100000}
            value={b ?? ''}
            placeholder={t('lever.budgetEur.keep')}
            disabled={disabled}
            onChange={(e) => onChange('budgetEur', e.target.value === '' ? null : Number(e.target.value))}
            aria-describedby={`${id}-help ${id}-bounds`}
          />
          <p id={`${id}-bounds`} className="help">
            {budgetBounds &&
              t('lever.budgetEur.bounds', {
                min: format.euro(budgetBounds.min),
                max: format.euro(budgetBounds.max),
              })}
          </p>
        </>
      );
    }
    return (
      <fieldset className="board" aria-describedby="lever-budgetSplit-help">
        <legend>{t('lever.budgetSplit.label')}</legend>
        {budgetLines.map((line: BudgetLine) => (
          <div key={line} className={`board-line ${line}`}>
            <label htmlFor={`split-${line}`}>{t(`board.${line}`)}</label>
            <input
              id={`split-${line}`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={values.budgetSplit[line]}
              disabled={disabled}
              onChange={(e) =>
                onChange('budgetSplit', rebalanceSplit(values.budgetSplit, line, Number(e.target.value)))
              }
            />
            <output htmlFor={`split-${line}`}>{format.percent(values.budgetSplit[line])}</output>
          </div>
        ))}
      </fieldset>
    );
  };
  return (
    <div className="lever-form stack">
      {levers.map((l) => (
        <div key={l} className="field">
          {field(leverFields[l])}
          <p id={`lever-${l}-help`} className="help">
            {t(`lever.${l}.help`)}
          </p>
        </div>
      ))}
    </div>
  );
};

import { useLocale } from '../i18n/i18n.ts';

/** One switch of the regional package with its label and what it does (regional table and verkenner). */
export const RegionalCheck = ({
  item,
  checked,
  disabled = false,
  onChange,
}: {
  item: 'jointContracting' | 'placementCoordination';
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) => {
  const { t } = useLocale();
  return (
    <div className="field">
      <div className="check">
        <input
          id={`regional-${item}`}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`regional-${item}-help`}
        />
        <label htmlFor={`regional-${item}`}>{t(`regional.${item}`)}</label>
      </div>
      <p id={`regional-${item}-help`} className="help">
        {t(`region.form.${item}Help`)}
      </p>
    </div>
  );
};

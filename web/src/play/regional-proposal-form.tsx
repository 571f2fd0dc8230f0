import { type FormEvent, useState } from 'react';
import type { RegionalDecisions } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { developmentFundBounds, proposalFormOf, proposalFormVm } from './region-vm.ts';
import { RegionalCheck } from './regional-check.tsx';
import { RegionalChanges } from './regional-value-text.tsx';
import type { Act } from './role-desk.tsx';

type Props = {
  base: RegionalDecisions;
  /** The package on the table now, if any: a new proposal replaces it. */
  open: RegionalDecisions | null;
  act: Act;
  canPropose: boolean;
};

/**
 * A wethouder's regional package: the two switches and the fund share, each with what it does, and what the
 * package would change. It starts from what the next calculation would apply (`base`).
 */
export const RegionalProposalForm = ({ base, open, act, canPropose }: Props) => {
  const { t, format } = useLocale();
  const [form, setForm] = useState(() => proposalFormOf(base));
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const vm = proposalFormVm(base, form, open);
  const edit = (next: typeof form) => {
    setSent(false);
    setForm(next);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!vm.canSend) return;
    setError(null);
    try {
      await act({ type: 'propose-regional', decisions: vm.decisions });
      setSent(true);
    } catch (err) {
      setError(err);
    }
  };
  const check = (item: 'jointContracting' | 'placementCoordination') => (
    <RegionalCheck
      item={item}
      checked={form[item]}
      disabled={!canPropose}
      onChange={(checked) => edit({ ...form, [item]: checked })}
    />
  );
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="regional-form-title" noValidate>
      <h3 id="regional-form-title">{t('region.form.title')}</h3>
      <p className="help">{t(canPropose ? 'region.form.help' : 'region.form.onlyInOverleg')}</p>
      {check('jointContracting')}
      {check('placementCoordination')}
      <div className="field">
        <label htmlFor="regional-fund">{t('region.form.fundLabel')}</label>
        <input
          id="regional-fund"
          type="number"
          inputMode="decimal"
          min={developmentFundBounds.min * 100}
          max={developmentFundBounds.max * 100}
          step={0.1}
          value={form.fundPercent}
          disabled={!canPropose}
          onChange={(e) => edit({ ...form, fundPercent: e.target.value })}
          aria-invalid={vm.fundError !== null}
          aria-describedby="regional-fund-help"
        />
        <p id="regional-fund-help" className={vm.fundError ? 'field-error' : 'help'}>
          {t(vm.fundError ?? 'region.form.fundHelp', {
            min: format.percentFine(developmentFundBounds.min),
            max: format.percentFine(developmentFundBounds.max),
          })}
        </p>
      </div>
      {vm.changes.length > 0 ? (
        <>
          <p>{t('region.form.changes')}</p>
          <RegionalChanges changes={vm.changes} />
        </>
      ) : (
        <p>{t('region.form.noChanges')}</p>
      )}
      {vm.onTable ? (
        <p>{t('region.form.onTable')}</p>
      ) : (
        open && <p className="help">{t('region.form.replaces')}</p>
      )}
      <button type="submit" disabled={!canPropose || !vm.canSend}>
        {t('region.form.submit')}
      </button>
      {sent && <p role="status">{t('region.form.sent')}</p>}
      <ErrorNotice error={error} />
    </form>
  );
};

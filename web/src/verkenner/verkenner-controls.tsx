import type { ChangeEvent } from 'react';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import { roleLevers, roles } from '../../../game/model/roles.ts';
import type { Decisions, RegionalDecisions } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import { applyChanges, type LeverValue, withEdit } from '../play/lever-fields.ts';
import { LeverForm } from '../play/lever-form.tsx';
import { developmentFundBounds } from '../play/region-vm.ts';
import { RegionalCheck } from '../play/regional-check.tsx';

type Props = {
  presets: readonly string[];
  preset: string;
  fromFile: string | null;
  fileProblems: string[];
  baseDecisions: Decisions;
  baseRegional: RegionalDecisions;
  startYear: number;
  setting: ExplorerSetting;
  pinned: boolean;
  onPreset: (id: string) => void;
  onFile: (file: File) => void;
  onSetting: (s: ExplorerSetting) => void;
  onPin: () => void;
};

// The budget amount is per municipality; the verkenner changes every municipality at once, so it is left out.
const leversOf = (role: (typeof roles)[number]) => roleLevers[role].filter((l) => l !== 'budgetEur');

/** The scenario picker and every lever, grouped by role, with the role screens' labels and help texts. */
export const VerkennerControls = (p: Props) => {
  const { t, format } = useLocale();
  const values = applyChanges(p.baseDecisions, p.setting.decisions);
  const regional = { ...p.baseRegional, ...p.setting.regional };
  const onLever = (lever: keyof Decisions, value: LeverValue) =>
    p.onSetting({ ...p.setting, decisions: withEdit(p.baseDecisions, p.setting.decisions, lever, value) });
  const onRegional = <K extends keyof RegionalDecisions>(item: K, value: RegionalDecisions[K]) => {
    const next: Record<string, unknown> = { ...p.setting.regional, [item]: value };
    if (p.baseRegional[item] === value) delete next[item];
    p.onSetting({ ...p.setting, regional: next as Partial<RegionalDecisions> });
  };
  const check = (item: 'jointContracting' | 'placementCoordination') => (
    <RegionalCheck item={item} checked={regional[item]} onChange={(checked) => onRegional(item, checked)} />
  );
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) p.onFile(file);
  };
  return (
    <section aria-labelledby="verkenner-levers" className="card stack verkenner-controls">
      <div className="field">
        <label htmlFor="verkenner-preset">{t('verkenner.scenario')}</label>
        <select
          id="verkenner-preset"
          value={p.fromFile ? '' : p.preset}
          onChange={(e) => p.onPreset(e.target.value)}
        >
          {p.fromFile && <option value="">{t('verkenner.fileLoaded', { name: p.fromFile })}</option>}
          {p.presets.map((id) => (
            <option key={id} value={id}>
              {t(`preset.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="verkenner-file">{t('verkenner.file')}</label>
        <input id="verkenner-file" type="file" accept=".json,application/json" onChange={onFile} />
        {p.fileProblems.length > 0 && (
          <div role="alert" className="error-notice">
            <p>{t('verkenner.fileInvalid')}</p>
            <ul>
              {p.fileProblems.slice(0, 10).map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <h2 id="verkenner-levers">{t('verkenner.levers')}</h2>
      <p className="help">{t('verkenner.leversHelp', { year: p.startYear })}</p>
      <div className="actions">
        <button type="button" onClick={() => p.onSetting({ decisions: {}, regional: {} })}>
          {t('verkenner.reset')}
        </button>
        <button type="button" onClick={p.onPin} aria-pressed={p.pinned}>
          {t(p.pinned ? 'verkenner.unpin' : 'verkenner.pin')}
        </button>
      </div>
      {roles.map((role) => (
        <fieldset key={role} className="lever-group">
          <legend>{t(`role.${role}`)}</legend>
          <LeverForm levers={leversOf(role)} values={values} onChange={onLever} disabled={false} />
        </fieldset>
      ))}
      <fieldset className="lever-group">
        <legend>{t('verkenner.regional')}</legend>
        {check('jointContracting')}
        {check('placementCoordination')}
        <div className="field">
          <label htmlFor="regional-developmentFundShare">{t('regional.developmentFundShare')}</label>
          <div className="range">
            <input
              id="regional-developmentFundShare"
              type="range"
              min={developmentFundBounds.min}
              max={developmentFundBounds.max}
              step={0.005}
              value={regional.developmentFundShare}
              onChange={(e) => onRegional('developmentFundShare', Number(e.target.value))}
              aria-describedby="regional-developmentFundShare-help"
            />
            <output htmlFor="regional-developmentFundShare">
              {format.percentFine(regional.developmentFundShare)}
            </output>
          </div>
          <p id="regional-developmentFundShare-help" className="help">
            {t('region.form.fundHelp', {
              min: format.percentFine(developmentFundBounds.min),
              max: format.percentFine(developmentFundBounds.max),
            })}
          </p>
        </div>
      </fieldset>
    </section>
  );
};

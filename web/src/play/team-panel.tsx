import type { SeatView } from '../api/view-types.ts';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { bylineText } from './byline-text.ts';
import { FamilyCard } from './family-card.tsx';
import type { Act } from './role-desk.tsx';
import type { SharedCard } from './team-table-vm.ts';
import { teamVm } from './team-vm.ts';

/** One shared item: what it is, who put it on the table and when, and its data as it stands now. */
const SharedItem = ({ card }: { card: SharedCard }) => {
  const { t } = useLocale();
  const headingId = `shared-${card.id}`;
  const meta = (
    <p className="help">
      {t('table.sharedBy', {
        who: bylineText(t, card.by),
        role: t(`role.${card.role}`),
        round: card.round,
      })}
    </p>
  );
  if (card.body?.kind === 'family')
    return (
      <li>
        <FamilyCard
          family={card.body.family}
          idPrefix="shared-family"
          headingLevel={4}
          title={t(card.title.key, card.title.values)}
          meta={meta}
        />
      </li>
    );
  return (
    <li>
      <article className="card stack" aria-labelledby={headingId}>
        <h4 id={headingId}>{t(card.title.key, card.title.values)}</h4>
        {meta}
        {card.body ? <KpiGrid kpis={card.body.kpis} /> : <p>{t('table.gone')}</p>}
      </article>
    </li>
  );
};

/** The team's shared table: members, signals to answer and answered, and what each role shared. */
export const TeamPanel = ({ view, act }: { view: SeatView; act: Act }) => {
  const { t } = useLocale();
  const vm = teamVm(view);
  if (!vm) return null;
  const roleList = (roles: readonly string[]) => roles.map((r) => t(`role.${r}`)).join(', ');
  return (
    <div className="stack">
      <h2>{t('team.title', { name: vm.name })}</h2>
      <ul className="members">
        {vm.members.map((m) => (
          <li key={`${m.name}-${m.roles.join()}`}>
            {m.you ? t('team.you', { name: m.name }) : m.name}: {roleList(m.roles)}
          </li>
        ))}
        {vm.botRoles.length > 0 && <li>{t('team.bots', { roles: roleList(vm.botRoles) })}</li>}
      </ul>
      <h3>{t('team.signals')}</h3>
      {vm.decor && <p className="help">{t('signal.decor')}</p>}
      {vm.openSignals.length === 0 && <p>{t('team.noSignals')}</p>}
      <ul className="stack">
        {vm.openSignals.map((s) => (
          <li key={s.id} className="card">
            <p>{t('team.signal', { family: s.familyName, aspect: t(`aspect.${s.aspect}`) })}</p>
            <div className="actions">
              {(['act', 'note', 'dismiss'] as const).map((response) => (
                <button
                  key={response}
                  type="button"
                  className="small"
                  onClick={() =>
                    void act({ type: 'respond-signal', signalId: s.id, response }).catch(() => undefined)
                  }
                >
                  {t(`signal.respond.${response}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {vm.answeredSignals.length > 0 && (
        <details>
          <summary>{t('table.answered', { count: vm.answeredSignals.length })}</summary>
          <ul className="stack">
            {vm.answeredSignals.map((s) => (
              <li key={s.id}>
                {t('table.answer', {
                  family: s.familyName,
                  aspect: t(`aspect.${s.aspect}`),
                  answer: t(`signal.respond.${s.answer}`),
                  who: bylineText(t, s.answeredBy),
                  round: s.round,
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>{t('team.shared')}</h3>
      <p className="help">{t('table.sharedHelp')}</p>
      {vm.shared.length === 0 && <p>{t('team.nothingShared')}</p>}
      <ul className="stack plain-list">
        {vm.shared.map((card) => (
          <SharedItem key={card.id} card={card} />
        ))}
      </ul>
    </div>
  );
};

import type { SeatView } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import { pickText } from '../i18n/languages.ts';
import type { Act } from './role-desk.tsx';
import { regionVm, teamVm } from './team-vm.ts';

/** The team's shared table: members, what was shared, and signals to answer. */
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
      <h3>{t('team.shared')}</h3>
      {vm.shared.length === 0 && <p>{t('team.nothingShared')}</p>}
      <ul>
        {vm.shared.map((s) => (
          <li key={s.id}>
            {t('team.sharedItem', { item: s.item, role: t(`role.${s.role}`), round: s.round })}
          </li>
        ))}
      </ul>
    </div>
  );
};

/** The regional table: joint decisions need every municipality to agree. */
export const RegionPanel = ({ view, act }: { view: SeatView; act: Act }) => {
  const { t, format, language } = useLocale();
  const vm = regionVm(view);
  const flags = (d: typeof vm.inForce) =>
    [
      `${t('regional.jointContracting')}: ${t(d.jointContracting ? 'common.yes' : 'common.no')}`,
      `${t('regional.placementCoordination')}: ${t(d.placementCoordination ? 'common.yes' : 'common.no')}`,
      `${t('regional.developmentFund')}: ${format.percent(d.developmentFundShare)}`,
    ].join(' · ');
  return (
    <div className="stack">
      <h2>{t('region.title', { region: view.session.region })}</h2>
      <ul className="members">
        {vm.teams.map((m) => (
          <li key={m.id}>
            {m.name}: {t(m.submitted ? 'region.submitted' : 'region.deciding')}
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('region.inForce')}</strong> {flags(vm.inForce)}
      </p>
      {vm.proposal && (
        <section className="card stack" aria-labelledby="proposal-title">
          <h3 id="proposal-title">{t('region.proposal', { by: vm.proposal.by })}</h3>
          <p>{flags({ ...vm.inForce, ...vm.proposal.decisions })}</p>
          <ul>
            {vm.proposal.votes.map((v) => (
              <li key={v.name}>
                {v.name}: {t(`vote.${v.vote}`)}
              </li>
            ))}
          </ul>
          {vm.canVote && (
            <div className="actions">
              <button
                type="button"
                onClick={() =>
                  void act({ type: 'vote-regional', proposalId: vm.proposal!.id, agree: true }).catch(
                    () => undefined,
                  )
                }
              >
                {t('vote.agreeAction')}
              </button>
              <button
                type="button"
                onClick={() =>
                  void act({ type: 'vote-regional', proposalId: vm.proposal!.id, agree: false }).catch(
                    () => undefined,
                  )
                }
              >
                {t('vote.disagreeAction')}
              </button>
            </div>
          )}
        </section>
      )}
      {vm.canPropose && (
        <button
          type="button"
          onClick={() =>
            void act({
              type: 'propose-regional',
              decisions: { ...vm.inForce, jointContracting: !vm.inForce.jointContracting },
            }).catch(() => undefined)
          }
        >
          {t(vm.inForce.jointContracting ? 'region.proposeStopJoint' : 'region.proposeJoint')}
        </button>
      )}
      <h3>{t('region.cards')}</h3>
      {vm.cards.map((c) => (
        <article key={c.id} className="card">
          <h4>{pickText(c.title, language)}</h4>
          <p>{pickText(c.story, language)}</p>
        </article>
      ))}
    </div>
  );
};

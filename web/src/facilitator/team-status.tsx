import { useState } from 'react';
import type { ClientAction } from '../api/view-types.ts';
import { useLocale } from '../i18n/i18n.ts';
import type { facilitatorVm } from './facilitator-vm.ts';

type Vm = ReturnType<typeof facilitatorVm>;
type Seat = Vm['teams'][number]['seats'][number];

const movableRoles = ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const;

/** Online or offline in words and a shape, never by colour alone (WCAG 1.4.1). */
const Presence = ({ online }: { online: boolean | null }) => {
  const { t } = useLocale();
  if (online === null) return null;
  return (
    <span className={`presence ${online ? 'online' : 'offline'}`}>
      <span aria-hidden="true">{online ? '●' : '○'}</span>{' '}
      {t(online ? 'facilitator.online' : 'facilitator.offline')}
    </span>
  );
};

/** A seat's move menu opens on request, one seat at a time: 300 full menus made the console unusable. */
const MoveMenu = ({
  seat,
  vm,
  run,
  close,
}: {
  seat: Seat;
  vm: Vm;
  run: (a: ClientAction) => void;
  close: () => void;
}) => {
  const { t } = useLocale();
  return (
    <>
      <label className="visually-hidden" htmlFor={`move-${seat.seatId}`}>
        {t('facilitator.moveSeat', { name: seat.name })}
      </label>
      <select
        id={`move-${seat.seatId}`}
        value=""
        onChange={(e) => {
          const [municipalityId, role] = e.target.value.split('|');
          if (municipalityId && role)
            run({ type: 'move-seat', seatId: seat.seatId, municipalityId, role: role as 'wethouder' });
          close();
        }}
      >
        <option value="">{t('facilitator.moveTo')}</option>
        {vm.municipalities.flatMap((m) =>
          movableRoles.map((r) => (
            <option key={`${m.id}|${r}`} value={`${m.id}|${r}`}>
              {m.name}: {t(`role.${r}`)}
            </option>
          )),
        )}
      </select>
    </>
  );
};

const SeatRow = ({
  seat,
  vm,
  run,
  moving,
  setMoving,
}: {
  seat: Seat;
  vm: Vm;
  run: (a: ClientAction) => void;
  moving: boolean;
  setMoving: (seatId: string | null) => void;
}) => {
  const { t } = useLocale();
  return (
    <li className="seat">
      <span className="seat-name">
        {seat.name} ({seat.roles.map((r) => t(`role.${r}`)).join(', ')})
      </span>{' '}
      <Presence online={seat.online} />
      {vm.showActed && (
        <span className={`acted ${seat.acted ? 'yes' : 'no'}`}>
          <span aria-hidden="true">{seat.acted ? '✓' : '…'}</span>{' '}
          {t(seat.acted ? 'facilitator.acted' : 'facilitator.notActed')}
        </span>
      )}
      <span className="seat-actions">
        {moving ? (
          <MoveMenu seat={seat} vm={vm} run={run} close={() => setMoving(null)} />
        ) : (
          <button
            type="button"
            className="small"
            onClick={() => setMoving(seat.seatId)}
            aria-label={t('facilitator.moveButton', { name: seat.name })}
          >
            {t('facilitator.move')}
          </button>
        )}
        <button
          type="button"
          className="small"
          onClick={() => run({ type: 'remove-seat', seatId: seat.seatId })}
          aria-label={t('facilitator.freeSeatOf', { name: seat.name })}
        >
          {t('facilitator.freeSeat')}
        </button>
      </span>
    </li>
  );
};

/** Seats open by default in a class; in a lecture hall of hundreds a team's list folds away until asked for. */
export const SEATS_SHOWN_OPEN = 8;

/**
 * Every team as a card, in a grid that is one column on a phone and fills the projector's width: who sits
 * where, who is offline, and whether the team is waiting, drafting or has submitted.
 */
export const TeamStatus = ({ vm, run }: { vm: Vm; run: (a: ClientAction) => void }) => {
  const { t } = useLocale();
  const [moving, setMoving] = useState<string | null>(null);
  // Submitted, drafting and signals only mean something while a round runs.
  const rounds = vm.mode === 'rounds';
  return (
    <section aria-labelledby="teams-title" className="stack">
      <h2 id="teams-title">{t('facilitator.teams')}</h2>
      <p>
        {rounds && `${t('facilitator.submitted', { count: vm.submittedCount, total: vm.teams.length })} `}
        {vm.onlineCount !== null && t('facilitator.onlineCount', { count: vm.onlineCount })}
        {vm.showActed &&
          ` ${t('facilitator.actedCount', { count: vm.actedCount, total: vm.students - vm.providerSeats.length })}`}
      </p>
      <ul className="team-grid">
        {vm.teams.map((team) => (
          <li key={team.id} className={`card team-card${rounds ? ` status-${team.status}` : ''}`}>
            <h3>{team.name}</h3>
            <p className="team-state">
              {/* Drafting and submitting only mean something while a round runs (not in the lobby or debrief). */}
              {rounds && (
                <>
                  <strong>{t(`facilitator.teamStatus.${team.status}`)}</strong> ·{' '}
                </>
              )}
              {t('facilitator.studentsCount', { count: team.students })}
              {team.offline > 0 && ` · ${t('facilitator.offlineCount', { count: team.offline })}`}
            </p>
            <p className="help">
              {t('facilitator.drafts', { count: team.drafts })} ·{' '}
              {t('facilitator.signals', { value: team.signals })}
              {team.botRoles.length > 0 &&
                ` · ${t('team.bots', { roles: team.botRoles.map((r) => t(`role.${r}`)).join(', ') })}`}
            </p>
            {team.seats.length === 0 ? (
              <p>{t('facilitator.noSeats')}</p>
            ) : (
              <details className="seats" open={team.seats.length <= SEATS_SHOWN_OPEN}>
                <summary>{t('facilitator.seatList', { count: team.seats.length })}</summary>
                <ul className="seat-list">
                  {team.seats.map((s) => (
                    <SeatRow
                      key={s.seatId}
                      seat={s}
                      vm={vm}
                      run={run}
                      moving={moving === s.seatId}
                      setMoving={setMoving}
                    />
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
        {vm.providerSeats.length > 0 && (
          <li className="card team-card">
            <h3>{t('role.aanbieder')}</h3>
            <ul className="seat-list">
              {vm.providerSeats.map((s) => (
                <li key={s.seatId} className="seat">
                  <span className="seat-name">{s.name}</span> <Presence online={s.online} />
                  <span className="seat-actions">
                    <button
                      type="button"
                      className="small"
                      onClick={() => run({ type: 'remove-seat', seatId: s.seatId })}
                      aria-label={t('facilitator.freeSeatOf', { name: s.name })}
                    >
                      {t('facilitator.freeSeat')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
};

import { useState } from 'react';
import { useDebouncer } from '../api/debounce.ts';
import type { ClientAction, LeverChanges, Role, SeatView } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { applyChanges, withEdit } from './lever-fields.ts';
import { LeverForm } from './lever-form.tsx';

export type Act = (action: ClientAction) => Promise<void>;

/** Quiet time after the last move before a draft is sent by itself (assumption: long enough for a slider). */
const DRAFT_DEBOUNCE_MS = 700;

/** A role's proposal for its own levers, saved as the team's draft for that role (the wethouder submits). */
export const RoleDesk = ({
  view,
  forRole: role,
  act,
  canDecide,
}: {
  view: SeatView;
  forRole: Role;
  act: Act;
  canDecide: boolean;
}) => {
  const { t } = useLocale();
  const team = view.team;
  const [edits, setEdits] = useState<LeverChanges>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const send = async (next: LeverChanges): Promise<boolean> => {
    setError(null);
    try {
      await act({
        type: 'draft-decisions',
        role,
        changes: { ...(team?.drafts[role]?.changes ?? {}), ...next },
      });
      setSaved(true);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  // Moves are sent as a draft by themselves once the controls are still (teammates see them live).
  const autosave = useDebouncer(DRAFT_DEBOUNCE_MS, (next: LeverChanges) => void send(next));
  if (!team) return null;
  const base = applyChanges(team.decisions, team.drafts[role]?.changes ?? {});
  const save = async () => {
    autosave.cancel();
    if (await send(edits)) setEdits({});
  };
  return (
    <section aria-labelledby={`desk-${role}`} className="card stack">
      <h3 id={`desk-${role}`}>{t('desk.title')}</h3>
      <p className="help">{t(canDecide ? 'desk.help' : 'desk.closed')}</p>
      <LeverForm
        levers={team.leversByRole[role] ?? []}
        values={applyChanges(base, edits)}
        onChange={(lever, value) => {
          setSaved(false);
          const next = withEdit(base, edits, lever, value);
          setEdits(next);
          autosave.schedule(next);
        }}
        disabled={!canDecide || team.submission !== null}
        budgetBounds={team.budgetBounds}
      />
      <button type="button" onClick={save} disabled={!canDecide || Object.keys(edits).length === 0}>
        {t('desk.saveDraft')}
      </button>
      {saved && <p role="status">{t('desk.saved')}</p>}
      <ErrorNotice error={error} />
    </section>
  );
};

/** "Share to the table": makes part of this role's lens visible to the whole team. */
export const ShareButton = ({ forRole: role, item, act }: { forRole: Role; item: string; act: Act }) => {
  const { t } = useLocale();
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="small"
      onClick={() =>
        act({ type: 'share-to-table', role, item }).then(
          () => setDone(true),
          () => setDone(false),
        )
      }
    >
      {done ? t('share.done') : t('share.action')}
    </button>
  );
};

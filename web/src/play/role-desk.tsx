import { useEffect, useRef, useState } from 'react';
import type { ClientAction, LeverChanges, Role, SeatView } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { canSave, type DeskStatus, deskStatus, draftToSend, editsAfterSave, overlaySent } from './desk-vm.ts';
import { applyChanges, withEdit } from './lever-fields.ts';
import { LeverForm } from './lever-form.tsx';

export type Act = (action: ClientAction) => Promise<void>;

/** Edits save themselves this long after the last change, so a phase that ends never takes a student's work. */
export const AUTOSAVE_MS = 1200;

type Sent = { changes: LeverChanges; draftAtBefore: number | null };

/**
 * A role's proposal for its own levers, saved as the team's draft for that role (the wethouder submits). What
 * the line under the button says comes from the server's draft of this round (desk-vm.ts); the play screen
 * mounts a fresh desk each round, so nothing of an earlier round's form lingers.
 */
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
  const { t, format } = useLocale();
  const team = view.team;
  const [edits, setEdits] = useState<LeverChanges>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const draft = team?.drafts[role] ?? null;
  const status = deskStatus({ edits, draft, canDecide, submitted: team?.submission != null, saving });
  const save = async () => {
    if (!team || !canSave(status)) return;
    const changes = draftToSend(draft, edits);
    setError(null);
    setSaving(true);
    try {
      await act({ type: 'draft-decisions', role, changes });
      setSent({ changes, draftAtBefore: draft?.at ?? null });
      setEdits((current) => editsAfterSave(current, changes));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = Object.keys(edits).length > 0 && canDecide;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every new edit restarts the wait (a debounce).
  useEffect(() => {
    if (!pending) return;
    const id = setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    return () => clearTimeout(id);
  }, [pending, edits]);
  if (!team) return null;
  const base = applyChanges(team.decisions, { ...(draft?.changes ?? {}), ...overlaySent(draft, sent) });
  return (
    <section aria-labelledby={`desk-${role}`} className="card stack">
      <h3 id={`desk-${role}`}>{t('desk.title')}</h3>
      <p className="help">{t(canDecide ? 'desk.help' : 'desk.closed')}</p>
      <LeverForm
        levers={team.leversByRole[role] ?? []}
        values={applyChanges(base, edits)}
        onChange={(lever, value) => setEdits(withEdit(base, edits, lever, value))}
        disabled={!canDecide || team.submission !== null}
        budgetBounds={team.budgetBounds}
      />
      <button type="button" onClick={() => void save()} disabled={!canSave(status)}>
        {t('desk.saveDraft')}
      </button>
      <p role="status" className={`desk-status ${status.kind}`}>
        {deskStatusText(status, t, format.time)}
      </p>
      <ErrorNotice error={error} />
    </section>
  );
};

const deskStatusText = (
  s: DeskStatus,
  t: (key: string, values?: Record<string, unknown>) => string,
  time: (ms: number) => string,
): string => {
  if (s.kind === 'unsaved') return t('desk.unsaved', { count: s.count });
  if (s.kind === 'saving') return t('desk.saving', { count: s.count });
  if (s.kind === 'saved')
    return s.byName
      ? t('desk.savedBy', { time: time(s.at), name: s.byName })
      : t('desk.saved', { time: time(s.at) });
  if (s.kind === 'empty') return t('desk.empty');
  if (s.kind === 'submitted') return t(s.draftSaved ? 'desk.submittedWithDraft' : 'desk.submitted');
  return t(s.draftSaved ? 'desk.closedWithDraft' : 'desk.closedEmpty');
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

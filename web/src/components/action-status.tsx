import type { SentAction } from '../api/connection-state.ts';
import { useLocale } from '../i18n/i18n.ts';
import { actionStatusLine } from './action-status-vm.ts';

/** How the last action fared: read out politely by screen readers, never in the way of the controls. */
export const ActionStatus = ({ actions }: { actions: readonly SentAction[] }) => {
  const { t } = useLocale();
  const line = actionStatusLine(actions);
  return (
    <p role="status" aria-live="polite" className={`help action-status ${line?.tone ?? ''}`}>
      {line ? t(line.key, { reason: line.reason ?? '' }) : ''}
    </p>
  );
};

import { type ReactNode, useState } from 'react';

export type OneOpenItem = {
  key: string;
  /** A class for the item's row, e.g. to style or find one kind of item. */
  className?: string;
  /** What the item's button says. */
  label: ReactNode;
  /** Where the item stands, on the right of its button (a family's status). */
  status?: ReactNode;
  /** Shown under the button while the item is closed: its strongest fact or a one-line summary. */
  preview?: ReactNode;
  /** The item's content, rendered while it is open. */
  body: () => ReactNode;
};

/**
 * A compact list with one item opened at a time (issue 15, defect 8: pages too long for a phone). Each item is
 * a button with aria-expanded and aria-controls (Enter or Space opens and closes it), optionally inside a
 * heading so a screen reader can jump between items; `initial` is open at first. Used by the families of the
 * ervaringsdeskundige and by the debrief on the play screen.
 */
export const OneOpenList = ({
  items,
  idPrefix,
  className,
  initial = null,
  headingLevel,
}: {
  items: OneOpenItem[];
  /** Keeps ids unique: the heading is `${idPrefix}-${key}`, the panel `${idPrefix}-panel-${key}`. */
  idPrefix: string;
  className?: string;
  initial?: string | null;
  /** Puts each button in a heading of this level. */
  headingLevel?: 3 | 4;
}) => {
  const [open, setOpen] = useState<string | null>(initial);
  const Heading = headingLevel === undefined ? null : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className={['one-open', className].filter(Boolean).join(' ')}>
      {items.map((item) => {
        const expanded = open === item.key;
        const panel = `${idPrefix}-panel-${item.key}`;
        const button = (
          <button
            type="button"
            className="one-open-toggle"
            aria-expanded={expanded}
            aria-controls={panel}
            onClick={() => setOpen(expanded ? null : item.key)}
          >
            <span>
              <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
              {item.label}
            </span>
            {item.status !== undefined && <span className="one-open-status">{item.status}</span>}
          </button>
        );
        return (
          <li key={item.key} className={['one-open-row', item.className].filter(Boolean).join(' ')}>
            {Heading ? <Heading id={`${idPrefix}-${item.key}`}>{button}</Heading> : button}
            {expanded ? <div id={panel}>{item.body()}</div> : item.preview}
          </li>
        );
      })}
    </ul>
  );
};

import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scroll box is a named region in the tab order, so keyboard
 * users can scroll it too (WCAG 2.1.1; axe-core's scrollable-region-focusable).
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
  <section className="table-scroll" aria-label={label} tabIndex={0}>
    {children}
  </section>
);

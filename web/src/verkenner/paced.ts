/** How often the page redraws its charts at most while seeds arrive (the first line is drawn at once). */
export const redrawGapMs = 150;

/**
 * Calls `l` in a task of its own soon after it is asked, and then at most once per `gapMs` however often it is
 * asked; `l(true)` (urgent: the newest move's first line came in) is called without waiting for the gap.
 * Each redraw of the verkenner's twelve charts costs the page's main thread tens of milliseconds, which it
 * shares with the workers on a small machine; per arriving seed that left the workers waiting for their next
 * run (docs/performance.md, section 5).
 */
export const paced = (
  l: () => void,
  gapMs = redrawGapMs,
  now: () => number = () => performance.now(),
  later: (f: () => void, ms: number) => unknown = (f, ms) => setTimeout(f, ms),
) => {
  let last = Number.NEGATIVE_INFINITY;
  let asked: 'soon' | 'now' | null = null;
  return (urgent = false) => {
    if (asked === 'now' || (asked === 'soon' && !urgent)) return;
    asked = urgent ? 'now' : 'soon';
    later(
      () => {
        if (asked === null) return;
        asked = null;
        last = now();
        l();
      },
      urgent ? 0 : Math.max(0, last + gapMs - now()),
    );
  };
};

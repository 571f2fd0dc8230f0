/**
 * A one-line progress bar for long runs; stays silent for runs that finish within `delayMs`. `years` is the
 * count of `unit`s the bar shows (years of a run, or runs of a batch).
 */
export type ProgressStream = { write: (text: string) => unknown; columns?: number };

export type ProgressBar = { update: (done: number, total: number) => void; finish: () => void };

export const formatDuration = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

export const createProgressBar = (
  stream: ProgressStream,
  years: number,
  {
    now = Date.now,
    delayMs = 1000,
    redrawMs = 100,
    unit = 'year',
  }: { now?: () => number; delayMs?: number; redrawMs?: number; unit?: string } = {},
): ProgressBar => {
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let shown = false;

  const draw = (done: number, total: number) => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const elapsed = now() - started;
    const eta = fraction > 0 ? formatDuration((elapsed / fraction) * (1 - fraction)) : '?';
    const percent = String(Math.floor(fraction * 100)).padStart(3);
    const info = ` ${percent}%  ${unit} ${Math.floor(fraction * years)}/${years}  ETA ${eta}`;
    // Leave room for the text so the line never wraps (a wrapped line breaks the \r redraw).
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - info.length - 3));
    const filled = Math.round(fraction * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${info}`);
  };

  return {
    update: (done, total) => {
      const t = now();
      // Lazy start: quick runs never print anything; after that, throttle redraws.
      if (t - started < delayMs || t - lastDraw < redrawMs) return;
      lastDraw = t;
      shown = true;
      draw(done, total);
    },
    finish: () => {
      // Erase the bar so later messages start on a clean line.
      if (shown) stream.write('\r\x1b[2K');
    },
  };
};

import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar.ts';
import { captureStream } from './test-support/fixtures.ts';

describe('createProgressBar', () => {
  it('stays silent for quick runs', () => {
    const out = captureStream();
    let t = 0;
    const bar = createProgressBar(out, 10, { now: () => t });
    t = 500;
    bar.update(260, 520);
    bar.finish();
    expect(out.text()).toBe('');
  });

  it('shows percent, years and ETA after the delay, then clears the line', () => {
    const out = captureStream();
    let t = 0;
    const bar = createProgressBar(out, 10, { now: () => t });
    t = 2000;
    bar.update(130, 520);
    expect(out.text()).toMatch(/^\r\[#+-+\]\s+25% {2}year 2\/10 {2}ETA 6s$/);
    bar.finish();
    expect(out.text().endsWith('\r\x1b[2K')).toBe(true);
  });
});

import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { joinQrSvg } from './join-qr.ts';

/** Reads the dark modules back out of the SVG's stroke path ("M x y", "m dx 0", "h n" commands). */
const modulesFromSvg = (svg: string) => {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  let [x, y] = [0, 0];
  for (const [, cmd, a, b] of d.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const [n, m] = [Number(a), Number(b ?? 0)];
    if (cmd === 'M') [x, y] = [n, m];
    else if (cmd === 'm') [x, y] = [x + n, y + m];
    else {
      for (let i = 0; i < n; i++) grid[Math.floor(y)]![x + i] = true;
      x += n;
    }
  }
  return { side, grid };
};

// The 7x7 finder pattern every QR symbol has in three corners: a dark ring, a light ring, a dark 3x3 core.
const isFinderAt = (grid: boolean[][], top: number, left: number) =>
  Array.from({ length: 7 }, (_, r) =>
    Array.from({ length: 7 }, (_, c) => {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      return grid[top + r]![left + c] === (ring !== 2);
    }).every(Boolean),
  ).every(Boolean);

describe('joinQrSvg', () => {
  const url = 'https://spel.example.nl/join/K7M9PQ';

  it('returns an SVG document drawing the modules as a path', async () => {
    const svg = await joinQrSvg(url);
    expect(svg.trimStart()).toMatch(/^<svg[\s>]/);
    expect(svg).toContain('<path');
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
  });

  it('draws exactly the symbol for the URL at error correction M, inside a 4-module quiet zone', async () => {
    const { side, grid } = modulesFromSvg(await joinQrSvg(url));
    const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const size = symbol.modules.size;
    expect(side).toBe(size + 8);
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const inside = r >= 4 && c >= 4 && r < size + 4 && c < size + 4;
        const expected = inside && symbol.modules.get(r - 4, c - 4) === 1;
        expect(grid[r]![c], `module ${r},${c}`).toBe(expected);
      }
    }
  });

  it('has the three finder patterns where a scanner looks for them', async () => {
    const { side, grid } = modulesFromSvg(await joinQrSvg(url));
    const far = side - 4 - 7;
    expect([isFinderAt(grid, 4, 4), isFinderAt(grid, 4, far), isFinderAt(grid, far, 4)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(isFinderAt(grid, far, far)).toBe(false);
  });

  it('draws different codes for different join links', async () => {
    expect(await joinQrSvg(`${url}A`)).not.toBe(await joinQrSvg(url));
  });
});

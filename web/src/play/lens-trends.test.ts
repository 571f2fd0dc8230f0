import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { trendChart } from './lens-trends.ts';

describe('lens trend charts', () => {
  it('draw a lens series year by year, a line per number, missing values as gaps', () => {
    const rows = [
      { year: 2026, a: 0.3, b: null },
      { year: 2027, a: 0.35, b: 2 },
    ];
    expect(
      trendChart(rows, [
        { name: 'A', value: (r) => r.a },
        { name: 'B', value: (r) => r.b },
      ]),
    ).toEqual({
      kind: 'line',
      categories: ['2026', '2027'],
      series: [
        { name: 'A', values: [0.3, 0.35] },
        { name: 'B', values: [null, 2] },
      ],
    });
  });

  it('reads the real leefwereld series of a played game, year by year', () => {
    const series = playedGame(1).seat('bo').lenses.leefwereld?.series ?? [];
    expect(series.length).toBeGreaterThan(0);
    const chart = trendChart(series, [{ name: 'weeks', value: (y) => y.weeksToFirstHelp }]);
    expect(chart.categories).toEqual(series.map((y) => String(y.year)));
    expect(chart.series[0].values).toEqual(series.map((y) => y.weeksToFirstHelp));
  });
});

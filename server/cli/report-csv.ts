import type { SimulationReport, YearReport } from '../../engine/index.ts';

const fixedColumns = ['scenario', 'seed', 'municipality', 'name', 'year'] as const;

/** Numeric leaves of a year, nested keys joined with dots (spendByLine.aanval); `year` is a fixed column. */
export const flattenYear = (year: YearReport): Map<string, number> => {
  const out = new Map<string, number>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'number') out.set(prefix, value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(year, '');
  out.delete('year');
  return out;
};

/** RFC 4180: quote when the field holds a comma, quote or line break (or edge spaces), doubling quotes. */
export const csvField = (value: string | number | undefined): string => {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};

export type CsvOptions = { regionName?: string };

/**
 * One row per municipality-year and one per region-year (municipality "region"). Columns are the union of all
 * numeric fields in first-seen order, so a field the engine adds later shows up without touching this file.
 */
export const reportToCsv = (report: SimulationReport, options: CsvOptions = {}): string => {
  const rows: { municipality: string; name: string; year: YearReport; values: Map<string, number> }[] = [];
  for (const m of report.municipalities) {
    for (const year of m.years)
      rows.push({ municipality: m.id, name: m.name, year, values: flattenYear(year) });
  }
  for (const year of report.region.years) {
    rows.push({
      municipality: 'region',
      name: options.regionName ?? 'region',
      year,
      values: flattenYear(year),
    });
  }
  const numeric = [...new Set(rows.flatMap((r) => [...r.values.keys()]))];
  const lines = [[...fixedColumns, ...numeric].map(csvField).join(',')];
  for (const r of rows) {
    const fixed = [report.scenario, report.seed, r.municipality, r.name, r.year.year];
    lines.push([...fixed, ...numeric.map((c) => r.values.get(c))].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
};

import { describe, expect, it } from 'vitest';
import { csvField, flattenYear, reportToCsv } from './report-csv.ts';
import { fakeReport, fakeYear } from './test-support/fixtures.ts';

/** Minimal RFC 4180 reader, to check that quoting round-trips. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
};

describe('flattenYear', () => {
  it('flattens nested objects with dots and leaves year out', () => {
    const flat = flattenYear(fakeYear(2026));
    expect(flat.get('weeksToFirstHelp.median')).toBe(9);
    expect(flat.get('spendByLine.aanval')).toBe(1);
    expect(flat.get('dashboard.registeredWaiting')).toBe(20);
    expect(flat.get('dashboard.registeredDemand.local')).toBe(1);
    expect(flat.get('dashboard.trueNeed.crisis')).toBe(5);
    expect(flat.has('year')).toBe(false);
    expect(flat.has('dashboard')).toBe(false);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Bergen, "NH"')).toBe('"Bergen, ""NH"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});

describe('reportToCsv', () => {
  it('writes one row per municipality-year plus region rows', () => {
    const rows = parseCsv(reportToCsv(fakeReport(2, 'Bergen, "NH"'), { regionName: 'Noord' }));
    const [header, ...body] = rows;
    expect(header.slice(0, 5)).toEqual(['scenario', 'seed', 'municipality', 'name', 'year']);
    expect(header).toContain('weeksToFirstHelp.p90');
    expect(header).toContain('dashboard.registeredDemand.local');
    expect(header.filter((h) => h === 'year')).toHaveLength(1);
    expect(body).toHaveLength(4);
    expect(body.every((r) => r.length === header.length)).toBe(true);
    expect(body[0].slice(0, 5)).toEqual(['test-klein', '1', 'dorp', 'Bergen, "NH"', '2026']);
    expect(body[3].slice(0, 5)).toEqual(['test-klein', '1', 'region', 'Noord', '2027']);
    expect(body[0][header.indexOf('spendByLine.leren')]).toBe('5');
  });

  it('writes a header only when there are no years', () => {
    expect(reportToCsv(fakeReport(0))).toBe('scenario,seed,municipality,name,year\r\n');
  });
});

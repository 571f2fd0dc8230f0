/** One number on a dashboard; the component translates `key` (metric.<key>) and formats by `format`. */
export type Kpi = {
  key: string;
  value: number | null;
  format: 'integer' | 'decimal' | 'percent' | 'euro' | 'euroCompact';
};

export const kpi = (key: string, value: number | null | undefined, format: Kpi['format']): Kpi => ({
  key,
  value: value ?? null,
  format,
});

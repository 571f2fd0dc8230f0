/**
 * One model parameter: its default and bounds, the mechanism it belongs to, and where its value comes from.
 * `source` is a `file:line` in ../shared/sources; `assumption` names the calibration target that pins the
 * value down (docs/MODEL.md). Sources give directions and rarely sizes, so most sizes are assumptions.
 */
export type ParameterSpec = {
  value: number;
  min: number;
  max: number;
  mechanism: string;
  source?: string;
  assumption?: string;
  doc: string;
};

export const p = (spec: ParameterSpec): ParameterSpec => spec;

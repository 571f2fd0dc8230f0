import type { DecisionsInput, RegionalDecisionsInput } from '../../engine/scenario/decisions.ts';
import type { ScenarioInput } from '../../engine/scenario/scenario-schema.ts';
import {
  areaProviders,
  type BedMix,
  BUDGET_EUR_PER_YOUTH,
  CONTRACTED_BED_MIX,
  NEED_BED_MIX,
} from '../capacity.ts';

export type MunicipalityInput = ScenarioInput['municipalities'][number];

const DEFAULT_PROVIDER_COUNT = 40;

/** Youth budget at EUR 1,870 per youth times risk, rounded to thousands of euro. */
export const budgetFor = (youth: number, risk = 1): number =>
  Math.round((BUDGET_EUR_PER_YOUTH * youth * risk) / 1000) * 1000;

export const municipality = (spec: {
  id: string;
  name: string;
  youth: number;
  area: string;
  risk?: number;
  decisions?: DecisionsInput;
}): MunicipalityInput => {
  const risk = spec.risk ?? 1;
  return {
    id: spec.id,
    name: spec.name,
    youth: spec.youth,
    ...(risk !== 1 ? { risk } : {}),
    budgetEur: budgetFor(spec.youth, risk),
    area: spec.area,
    ...(spec.decisions && Object.keys(spec.decisions).length > 0 ? { decisions: spec.decisions } : {}),
  };
};

/**
 * Contracted bed mix: historic and skewed unless need is seen, i.e. with regional placement coordination or
 * need registration (002:29-53, 002:119-130).
 */
export const contractedBedMix = (
  municipalities: readonly MunicipalityInput[],
  regional: RegionalDecisionsInput | undefined,
): BedMix => {
  const seesNeed =
    regional?.placementCoordination === true ||
    municipalities.every((m) => m.decisions?.registration === 'behoefte');
  return seesNeed ? NEED_BED_MIX : CONTRACTED_BED_MIX;
};

/** Providers for every area, in the order areas first appear among the municipalities. */
export const providersForAreas = (
  municipalities: readonly MunicipalityInput[],
  regional: RegionalDecisionsInput | undefined,
  areaNames: Readonly<Record<string, string>> = {},
): ScenarioInput['providers'] => {
  const areas = [...new Set(municipalities.map((m) => m.area ?? 'regio'))];
  return areas.flatMap((area) => {
    const members = municipalities.filter((m) => (m.area ?? 'regio') === area);
    const youth = members.reduce((s, m) => s + m.youth, 0);
    const meanRisk = members.reduce((s, m) => s + m.youth * (m.risk ?? 1), 0) / youth;
    const providerCount = Math.max(
      ...members.map((m) => m.decisions?.providerCount ?? DEFAULT_PROVIDER_COUNT),
    );
    return areaProviders({
      area,
      areaName: areaNames[area] ?? area,
      youth,
      meanRisk,
      providerCount,
      bedMix: contractedBedMix(members, regional),
    });
  });
};

/** A scenario of one region; providers are sized per area by capacity.ts. */
export const scenario = (spec: {
  id: string;
  name: string;
  description: string;
  region: { id: string; name: string; decisions?: RegionalDecisionsInput };
  municipalities: MunicipalityInput[];
  areaNames?: Readonly<Record<string, string>>;
}): ScenarioInput => ({
  id: spec.id,
  name: spec.name,
  description: spec.description,
  region: spec.region,
  municipalities: spec.municipalities,
  providers: providersForAreas(spec.municipalities, spec.region.decisions, spec.areaNames),
});

/** A region with a single municipality that forms its own area. */
export const singleMunicipality = (spec: {
  id: string;
  name: string;
  description: string;
  municipalityName: string;
  youth: number;
  decisions: DecisionsInput;
  regional?: RegionalDecisionsInput;
}): ScenarioInput =>
  scenario({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    region: {
      id: spec.id,
      name: spec.name,
      ...(spec.regional ? { decisions: spec.regional } : {}),
    },
    municipalities: [
      municipality({
        id: spec.id,
        name: spec.municipalityName,
        youth: spec.youth,
        area: spec.id,
        decisions: spec.decisions,
      }),
    ],
    areaNames: { [spec.id]: spec.municipalityName },
  });

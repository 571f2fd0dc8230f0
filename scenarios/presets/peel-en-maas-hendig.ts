import { singleMunicipality } from './common.ts';

/** Mandate with professionals, shared ledger, development fund, open house with a process agreement. */
export const peelEnMaasHendig = () =>
  singleMunicipality({
    id: 'peel-en-maas-hendig',
    name: 'Peel en Maas: Hendig (inspired by)',
    municipalityName: 'Peel en Maas',
    youth: 11_000,
    decisions: {
      procurement: 'open-house',
      archetype: 'lerend',
      contractYears: 4,
      providerCount: 20,
      funding: 'per-product',
      tariffLevel: 1,
      productCodes: 'weinig',
      learningFundShare: 0.01,
      access: 'direct',
      onePlanOneContact: true,
      mandate: 0.85,
      accountability: 'verhalend',
      sharedLedger: true,
      learningRhythm: 'kwartaal',
      reflectionHours: 2,
    },
    description: [
      'Inspired by Hendig (004:353-386). Municipal family coaches hold the case-level mandate (004:361-366,',
      '004:372) with direct access and one plan. A shared ledger shows turnover per product and per partner',
      'to all partners (004:376), so products still exist (few codes, per-product funding). A development',
      'fund (reisbudget) paid half by the municipality and half by partners (004:378-380; 1% of budget',
      'assumed). From 2026 a process agreement inside an open-house construction; trust is measured and the',
      'steering group stays out of cases (004:384), modelled as a learning contract with narrative',
      'accountability, quarterly reflection and intervision (004:386). Contract length (4 years), 20 network',
      'partners and 11,000 youths are assumptions. Expected: sick leave under 2% (004:470).',
    ].join(' '),
  });

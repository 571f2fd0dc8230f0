import { singleMunicipality } from './common.ts';

/** One neighbourhood, one team, one budget, no indications. */
export const ossProeftuin = () =>
  singleMunicipality({
    id: 'oss-proeftuin',
    name: 'Oss: proeftuin Ruwaard (inspired by)',
    municipalityName: 'Ruwaard',
    youth: 5_000,
    decisions: {
      procurement: 'strategisch-partnerschap',
      archetype: 'relationeel',
      contractYears: 4,
      providerCount: 6,
      funding: 'lumpsum',
      tariffLevel: 1,
      productCodes: 'geen',
      budgetSplit: { aanval: 0.12, middenveld: 0.2, verdediging: 0.68 },
      access: 'direct',
      onePlanOneContact: true,
      mandate: 0.8,
      accountability: 'steekproef',
      ervaringskennis: 'structureel',
      learningRhythm: 'jaarlijks',
    },
    description: [
      'Inspired by the Ruwaard and Ussen pilots (004:390-408): one district team, one joint assignment, one',
      'area budget (004:392), cross-domain professionals and access via three questions without indications',
      '(004:394); the budget bundles welfare, day activities and individual support (004:396). Modelled as',
      'one neighbourhood of 5,000 youths with lump-sum funding, no product codes, direct access, one plan',
      'and one contact, and residents shaping solutions (ervaringskennis structural). Note: the source',
      'describes Wmo support, not youth care (004:392); applying it to youth care, the budget split and the',
      'six partners are assumptions. Expected: higher family ratings than npm-typisch (8.4 vs 7.6, 004:398).',
    ].join(' '),
  });

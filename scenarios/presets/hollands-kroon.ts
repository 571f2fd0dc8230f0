import { singleMunicipality } from './common.ts';

/** One strategic partner that took over all subcontracts and runs four district teams. */
export const hollandsKroon = () =>
  singleMunicipality({
    id: 'hollands-kroon',
    name: 'Hollands Kroon: partnerschap (inspired by)',
    municipalityName: 'Hollands Kroon',
    youth: 11_000,
    decisions: {
      procurement: 'enkele-partner',
      archetype: 'relationeel',
      contractYears: 6,
      providerCount: 1,
      funding: 'taakgericht',
      tariffLevel: 1,
      productCodes: 'weinig',
      onePlanOneContact: true,
      mandate: 0.6,
      accountability: 'steekproef',
      learningRhythm: 'jaarlijks',
    },
    description: [
      'Inspired by the partnership in Hollands Kroon (003:566-697). Before: 150 contracted providers, much',
      'administration and many funding models (003:594-598). A single partner won the tender, set up a',
      'dedicated entity and took over all subcontracts, while the back office and messaging stayed at the',
      'municipality (003:583-586, 003:613-619), so the access route and a few product codes remain. Four',
      'district teams combine Wmo, youth and voorliggend veld, with shorter links and waits (003:622-632),',
      'modelled as one plan and one contact. The area still holds providers of every care type (the',
      'subcontractors); the municipality contracts one partner. Contract length, task-based funding and',
      '11,000 youths are assumptions.',
    ].join(' '),
  });

import { singleMunicipality } from './common.ts';

/** Six fixed providers on a multi-year agreement, specialists at school and GP, no products. */
export const veendamJep = () =>
  singleMunicipality({
    id: 'veendam-jep',
    name: 'Veendam: JEP (inspired by)',
    municipalityName: 'Veendam',
    youth: 6_000,
    decisions: {
      procurement: 'strategisch-partnerschap',
      archetype: 'relationeel',
      contractYears: 6,
      providerCount: 6,
      funding: 'taakgericht',
      tariffLevel: 1,
      productCodes: 'geen',
      access: 'direct',
      onePlanOneContact: true,
      specialistsNearby: true,
      mandate: 0.7,
      // Assumption: the specialists moved to school and team are paid from the old specialist budget (004:339-347).
      budgetSplit: { aanval: 0.09, middenveld: 0.15, verdediging: 0.76 },
      accountability: 'verhalend',
      learningRhythm: 'kwartaal',
      reflectionHours: 2,
    },
    description: [
      'Inspired by the JEP network (004:329-351). From 80 providers to six fixed ones (004:331) on a joint',
      'multi-year agreement centred on quality, proximity and continuity rather than price (004:333; the',
      'duration is not stated, six years assumed). Experts sit at school, GP and district and join without',
      'referral (004:335): direct access, one plan and one contact, specialists nearby. No products, only',
      'tailored effort (004:347); task-based funding (002:520-521). The six providers and the municipality',
      'discuss cases regularly (004:349), modelled as quarterly learning. Size (6,000 youths), mandate and',
      'budget are assumptions, not claims about the real municipality. Expected: waits near zero and falling',
      'costs (004:339-347).',
    ].join(' '),
  });

import { text } from '../text.ts';
import type { Card } from './card-types.ts';

/**
 * The event cards (GAME.md section 8). Facts from the sources, wording ours; sizes of the effects are
 * assumptions chosen to be felt within a round or two, never to decide a game on their own.
 */
export const cardCatalogue = [
  {
    id: 'wvbj',
    title: text(
      'De Wet verbetering beschikbaarheid jeugdzorg gaat in',
      'The youth care availability act takes effect',
    ),
    story: text(
      'Per 1 januari 2026 moeten gemeenten de zwaarste jeugdzorg samen als regio regelen, zodat die zorg niet zomaar verdwijnt.',
      'From 1 January 2026 municipalities must arrange the heaviest youth care together as a region, so it cannot simply vanish.',
    ),
    effect: text(
      'Kinderen komen vaker op de verblijfsplek die past, en het aanbod beweegt sneller mee met de geregistreerde vraag.',
      'Children more often land in the residential place that fits, and supply follows registered demand faster.',
    ),
    sources: ['001:286-288', '001:636-639'],
    rounds: null,
    placement: 'first',
    effects: [
      { kind: 'parameter', parameter: 'wrongPlaceFitPenalty', op: 'multiply', value: 0.8 },
      { kind: 'parameter', parameter: 'capacityFollowRate', op: 'add', value: 0.1 },
    ],
  },
  {
    id: 'hervormingsagenda',
    title: text('De Hervormingsagenda wil besparingen zien', 'The reform agenda wants to see savings'),
    story: text(
      'In de raad vraagt iemand waarom de landelijke afspraken nog niets hebben opgeleverd: de voorkant kromp, de achterkant groeide.',
      'A council member asks why the national agreements have not saved anything yet: the front shrank, the back kept growing.',
    ),
    effect: text(
      'Elk jeugdbudget gaat 3% omlaag en de raad reageert feller op overschrijding.',
      'Every youth budget drops 3% and the council reacts more sharply to overspending.',
    ),
    sources: ['001:30-31', '001:712-718'],
    rounds: null,
    placement: 'any',
    effects: [
      { kind: 'budget', factor: 0.97 },
      { kind: 'parameter', parameter: 'pressurePerOverspend', op: 'multiply', value: 1.3 },
    ],
  },
  {
    id: 'faillissement',
    title: text('Een prijsvechter gaat failliet', 'A price fighter goes bankrupt'),
    story: text(
      'Een aanbieder die de laagste prijs bood, kan niet leveren en valt om. Andere aanbieders rekenen voortaan scherper.',
      'A provider that bid the lowest price cannot deliver and collapses. Others now calculate on a knife edge too.',
    ),
    effect: text(
      'Twee rondes lang gaan tarieven uit van te weinig overhead, en aanbieders met verlies snijden sneller in kwaliteit.',
      'For two rounds tariffs assume too little overhead, and providers making losses cut quality faster.',
    ),
    sources: ['004:261', '004:247'],
    rounds: 2,
    placement: 'any',
    effects: [
      { kind: 'parameter', parameter: 'referenceAdminShare', op: 'add', value: -0.05 },
      { kind: 'parameter', parameter: 'qualityCutPerLoss', op: 'multiply', value: 1.25 },
    ],
  },
  {
    id: 'media-incident',
    title: text('Een incident haalt de krant', 'An incident makes the papers'),
    story: text(
      'Een kind kreeg te laat hulp en het staat groot in de krant. De roep om extra regels, formulieren en toezicht is meteen daar.',
      'A child got help too late and it is front-page news. The call for extra rules, forms and oversight comes at once.',
    ),
    effect: text(
      'De politieke druk stijgt nu; twee rondes lang kost strakke controle meer tijd en snijdt de risicoreflex harder in de basis.',
      'Political pressure rises now; for two rounds tight control costs more time and the risk reflex cuts the basis harder.',
    ),
    sources: ['001:389-396'],
    rounds: 2,
    placement: 'any',
    effects: [
      { kind: 'pressure', value: 0.6, scale: 'all' },
      { kind: 'parameter', parameter: 'adminTightControl', op: 'add', value: 0.03 },
      { kind: 'parameter', parameter: 'riskReflexBasisCut', op: 'multiply', value: 1.5 },
    ],
  },
  {
    id: 'personeelstekort',
    title: text('Handen tekort', 'Not enough hands'),
    story: text(
      'Rond 2030 zijn er zo’n vijfde minder hulpverleners. Vacatures blijven open en wie blijft, raakt sneller op.',
      'Around 2030 there are about a fifth fewer care workers. Vacancies stay open and those who stay wear out sooner.',
    ),
    effect: text(
      'Vacatures staan de rest van het spel anderhalf keer zo lang open en meer mensen vertrekken per jaar.',
      'For the rest of the game vacancies stay open one and a half times as long and more staff leave each year.',
    ),
    sources: ['003:1706-1711', '004:253'],
    rounds: null,
    placement: 'any',
    effects: [
      { kind: 'parameter', parameter: 'vacancyFillWeeks', op: 'multiply', value: 1.5 },
      { kind: 'parameter', parameter: 'turnoverBasePerYear', op: 'add', value: 0.02 },
    ],
  },
  {
    id: 'rekenkamer',
    title: text('De rekenkamer kijkt naar de rechtmatigheid', 'The audit office looks at lawfulness'),
    story: text(
      'Een rekenkamerrapport telt dossiers en beschikkingen. Wie zijn papieren niet op orde heeft, moet het in de raad uitleggen.',
      'An audit office report counts files and formal decisions. Whoever cannot show the paperwork must explain it in the council.',
    ),
    effect: text(
      'Druk in de raad naar rato van wat er onrechtmatig lijkt; twee rondes lang kosten controle en steekproeven meer tijd.',
      'Council pressure in proportion to what looks unlawful; for two rounds control and sample checks take more time.',
    ),
    sources: ['001:4282-4284', '004:198', '004:264'],
    rounds: 2,
    placement: 'any',
    effects: [
      { kind: 'pressure', value: 4, scale: 'unlawfulness' },
      { kind: 'parameter', parameter: 'adminTightControl', op: 'add', value: 0.03 },
      { kind: 'parameter', parameter: 'adminSampleControl', op: 'add', value: 0.02 },
    ],
  },
  {
    id: 'buurgemeente-aanbesteding',
    title: text('De buurgemeente besteedt opnieuw aan', 'The neighbouring municipality re-tenders'),
    story: text(
      'Net buiten de regio gaat een gemeente opnieuw in de markt. Aanbieders schrijven in, en zorgrelaties van gezinnen breken af.',
      'Just outside the region a municipality goes back to the market. Providers write bids, and families lose their carers.',
    ),
    effect: text(
      'Een ronde lang kost inschrijven aanbieders dubbel zoveel uren en kost een wissel van hulpverlener meer effect.',
      'For one round bidding takes providers twice the hours and a change of professional costs more effect.',
    ),
    sources: ['004:205', '004:246', '004:260'],
    rounds: 1,
    placement: 'any',
    effects: [
      { kind: 'parameter', parameter: 'providerBidHours', op: 'multiply', value: 2 },
      { kind: 'parameter', parameter: 'continuityBreakPenalty', op: 'add', value: 0.02 },
    ],
  },
  {
    id: 'werkbezoek-koploper',
    title: text('Op werkbezoek bij een koploper', 'A visit to a frontrunner'),
    story: text(
      'De regio gaat op bezoek bij een gemeente waar wachttijden verdwenen en formulieren minder werden, omdat men er samen leert.',
      'The region visits a municipality where waiting times vanished and forms shrank because people there learn together.',
    ),
    effect: text(
      'Twee rondes lang groeit het lerend vermogen sneller en haalt leren meer administratie weg.',
      'For two rounds the learning stock grows faster and learning removes more admin.',
    ),
    sources: ['004:325', '004:454-456'],
    rounds: 2,
    placement: 'any',
    effects: [
      { kind: 'parameter', parameter: 'learningTauWeeks', op: 'multiply', value: 0.7 },
      { kind: 'parameter', parameter: 'adminLearningRelief', op: 'add', value: 0.02 },
    ],
  },
  {
    id: 'scholen-schuiven-aan',
    title: text('De scholen schuiven aan', 'The schools join in'),
    story: text(
      'Scholen en huisartsen maken ruimte voor hulpverleners in hun gebouw. Kleine vragen kunnen daar klein blijven.',
      'Schools and GPs make room for professionals in their buildings. Small questions can stay small there.',
    ),
    effect: text(
      'De rest van het spel wordt een middelzware vraag vaker op school of bij de huisarts geholpen.',
      'For the rest of the game a medium need is more often helped at school or at the GP.',
    ),
    sources: ['004:430-432'],
    rounds: null,
    placement: 'any',
    effects: [{ kind: 'parameter', parameter: 'nearbyTreatMedium', op: 'add', value: 0.05 }],
  },
  {
    id: 'reikwijdtewet',
    title: text(
      'Nieuwe spelregels halverwege: de reikwijdte',
      'New rules mid-match: the scope of youth care',
    ),
    story: text(
      'Midden in de wedstrijd komt de scheidsrechter met een nieuw boekje. Het lokale team wordt de vaste eerste plek, maar wat geen jeugdhulp meer heet, valt soms tussen wal en schip.',
      'Mid-match the referee walks on with a new rule book. The local team becomes the fixed first stop, but what no longer counts as youth care sometimes falls through the cracks.',
    ),
    effect: text(
      'Het lokale team helpt vaker zelf, maar gezinnen haken sneller af en kinderen vallen eerder uit school.',
      'The local team helps more often itself, but families give up sooner and children drop out of school earlier.',
    ),
    sources: ['001:3720-3724', '001:3733-3738', '001:3796-3813'],
    rounds: null,
    placement: 'second-half',
    effects: [
      { kind: 'parameter', parameter: 'localTreatShareBase', op: 'add', value: 0.05 },
      { kind: 'parameter', parameter: 'giveUpPerWeek', op: 'multiply', value: 1.25 },
      { kind: 'parameter', parameter: 'outOfSchoolAbove', op: 'add', value: -0.03 },
    ],
  },
] as const satisfies readonly Card[];

export type CardId = (typeof cardCatalogue)[number]['id'];
export const cardIds = cardCatalogue.map((c) => c.id) as [CardId, ...CardId[]];

export const cardById = (id: string): Card | undefined => cardCatalogue.find((c) => c.id === id);

import type { Activity, ActivityType, HourKind } from '../schemas';
import { weekday } from './dates';
import { base, day, month, type DemoContext } from './demoRecord';
import type { DemoFundedGrants } from './demoGrants';

/** How one demo activity runs: when it meets, how long, with how many. */
export type ActivityPlan = {
  name: string;
  type: ActivityType;
  kind: HourKind;
  municipality: string;
  themes: string[];
  targetGroup: string;
  partners: string[];
  description: string;
  /** Which dates it meets on. */
  meets: (date: string) => boolean;
  duration: number;
  participants: [number, number];
  estimated: number;
  volunteers: [number, number];
};

const isHoliday = (date: string) =>
  month(date) === 7 ||
  (month(date) === 12 && day(date) > 20) ||
  (month(date) === 1 && day(date) < 7);

/** The demo association's six activities, in the order their records are made. */
export const plans: ActivityPlan[] = [
  {
    name: 'Sydänkahvila Tampere',
    type: 'peerSupportGroup',
    kind: 'peerSupport',
    municipality: 'Tampere',
    themes: ['vertaistuki', 'sydänterveys', 'yksinäisyys'],
    targetGroup: 'Sydänsairaat ja heidän läheisensä',
    partners: ['Tampereen seurakuntayhtymä'],
    description: 'Viikoittainen vertaistukiryhmä: keskustelua, tietoa ja kahvia.',
    meets: (d) => weekday(d) === 2 && !isHoliday(d),
    duration: 120,
    participants: [6, 16],
    estimated: 0.1,
    volunteers: [1, 3],
  },
  {
    name: 'Nokian vertaisryhmä',
    type: 'peerSupportGroup',
    kind: 'peerSupport',
    municipality: 'Nokia',
    themes: ['vertaistuki', 'kuntoutuminen'],
    targetGroup: 'Sydäntapahtuman jälkeen kuntoutuvat',
    partners: ['Nokian kirjasto'],
    description: 'Kuukausittainen ryhmä Nokialla, kokoontuu kirjaston kokoushuoneessa.',
    meets: (d) => weekday(d) === 4 && day(d) <= 7 && !isHoliday(d),
    duration: 90,
    participants: [4, 10],
    estimated: 0,
    volunteers: [1, 2],
  },
  {
    name: 'Liikuntaa sydämelle -tapahtumat',
    type: 'eventSeries',
    kind: 'volunteering',
    municipality: 'Tampere',
    themes: ['liikunta', 'sydänterveys'],
    targetGroup: 'Kaikille avoimet tapahtumat',
    partners: ['Tampereen kaupungin liikuntapalvelut', 'Pirkan Latu ry'],
    description: 'Kävelytapahtumia ja tuolijumppaa kaupunginosissa.',
    meets: (d) =>
      weekday(d) === 6 && day(d) >= 8 && day(d) <= 14 && [2, 4, 5, 6, 8, 9, 10].includes(month(d)),
    duration: 180,
    participants: [20, 80],
    estimated: 0.8,
    volunteers: [2, 4],
  },
  {
    name: 'Vaikuttamistyö vammais- ja vanhusneuvostoissa',
    type: 'advocacy',
    kind: 'advocacy',
    municipality: 'Tampere',
    themes: ['vaikuttaminen', 'palvelujen saavutettavuus'],
    targetGroup: 'Päättäjät ja viranhaltijat',
    partners: ['Tampereen vammaisneuvosto', 'Pirkanmaan hyvinvointialue'],
    description:
      'Lausunnot ja neuvostojen kokoukset: kuntoutuksen ja kuljetuspalvelujen saavutettavuus.',
    meets: (d) =>
      weekday(d) === 3 && day(d) >= 15 && day(d) <= 21 && [2, 5, 9, 11].includes(month(d)),
    duration: 120,
    participants: [8, 15],
    estimated: 0,
    volunteers: [1, 2],
  },
  {
    name: 'Vertaisohjaajakoulutus',
    type: 'training',
    kind: 'training',
    municipality: 'Tampere',
    themes: ['koulutus', 'vertaistuki'],
    targetGroup: 'Uudet ja kokeneet vertaisohjaajat',
    partners: ['Sydänliitto'],
    description: 'Kaksi koulutuspäivää vuodessa vertaisohjaajille.',
    meets: (d) => weekday(d) === 6 && day(d) >= 15 && day(d) <= 21 && [3, 10].includes(month(d)),
    duration: 360,
    participants: [8, 14],
    estimated: 0,
    volunteers: [2, 3],
  },
  {
    name: 'Hallitustyö',
    type: 'boardWork',
    kind: 'board',
    municipality: 'Tampere',
    themes: ['hallinto'],
    targetGroup: 'Yhdistyksen hallitus',
    partners: [],
    description: 'Hallituksen kokoukset kerran kuussa heinäkuuta lukuun ottamatta.',
    meets: (d) => weekday(d) === 1 && day(d) >= 8 && day(d) <= 14 && month(d) !== 7,
    duration: 120,
    participants: [5, 7],
    estimated: 0,
    volunteers: [5, 7],
  },
];

/** The activities of the plans; peer groups are funded by both grants, training by this year's. */
export function demoActivities(
  { rnd, start }: DemoContext,
  { grantLast, grantThis }: DemoFundedGrants,
): Activity[] {
  const activities: Activity[] = plans.map((plan) => ({
    ...base(rnd.uuid(), start),
    name: plan.name,
    type: plan.type,
    description: plan.description,
    themes: plan.themes,
    municipality: plan.municipality,
    targetGroup: plan.targetGroup,
    partners: plan.partners,
    grantIds:
      plan.type === 'peerSupportGroup'
        ? [grantLast.id, grantThis.id]
        : plan.type === 'training'
          ? [grantThis.id]
          : [],
    startedOn: plan.type === 'boardWork' ? undefined : '2015-01-01',
  }));
  return activities;
}

import {
  emptyDataset,
  type Activity,
  type ActivityType,
  type Dataset,
  type FeedbackForm,
  type FeedbackTally,
  type IndicatorValue,
  type Grant,
  type GrantBudgetLine,
  type GrantChecklistItem,
  type GrantExpense,
  type GrantPayment,
  type GrantStatus,
  type GrantStatusChange,
  type HourEntry,
  type HourKind,
  type ImpactNote,
  type MembershipType,
  type Official,
  type OfficialRole,
  type Person,
  type Session,
  DEFAULT_HOUR_VALUE_SOURCE,
} from '../schemas';
import { defaultFunderChecklist, derivedId, splitGrant } from '../grants';
import { makeReferenceNumber } from '../validators/referenceNumber';
import { addDays, daysBetween, weekday } from './dates';
import {
  asciiName,
  finnishFirstNames,
  finnishLastNames,
  municipalities,
  swedishFirstNames,
  swedishLastNames,
} from './names';
import { SeededRandom } from './random';

export type DemoOptions = {
  /** Same seed and today → byte-identical data. */
  seed?: number;
  /** The demo's "today" (YYYY-MM-DD): data runs from 1 January of the previous year up to it. */
  today: string;
  /** How many people; default 120 (a small association). */
  people?: number;
  /**
   * At least this many hour entries: session hours come first, then extra
   * volunteering entries fill up to the target (for benchmarks). Default: none extra.
   */
  hourEntries?: number;
  /**
   * At least this many sessions: the activities' own meetings come first, then
   * extra event-series sessions on random days fill up to the target (for benchmarks).
   */
  sessions?: number;
};

const stamp = (date: string) => `${date}T09:00:00.000Z`;
const base = (id: string, date: string) => ({
  id,
  createdAt: stamp(date),
  updatedAt: stamp(date),
  deletedAt: null,
});

/** Compute the Y-tunnus check digit for a 7-digit base. */
function businessIdFor(base7: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const rem = weights.reduce((s, w, i) => s + w * Number(base7[i]), 0) % 11;
  return `${base7}-${rem === 0 ? 0 : 11 - rem}`;
}

/** A valid Finnish IBAN for a 14-digit BBAN (ISO 13616 mod-97 check digits). */
function finnishIban(bban: string): string {
  const numeric = `${bban}151800`; // F=15, I=18, check digits 00
  let rem = 0;
  for (const d of numeric) rem = (rem * 10 + Number(d)) % 97;
  return `FI${String(98 - rem).padStart(2, '0')}${bban}`;
}

type ActivityPlan = {
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

const month = (date: string) => Number(date.slice(5, 7));
const day = (date: string) => Number(date.slice(8, 10));
const isHoliday = (date: string) =>
  month(date) === 7 ||
  (month(date) === 12 && day(date) > 20) ||
  (month(date) === 1 && day(date) < 7);

const plans: ActivityPlan[] = [
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

const quotes = [
  'Täällä ei tarvitse selittää, kaikki ymmärtävät.',
  'Ryhmä on viikon kohokohta, muuten en juuri käy kodin ulkopuolella.',
  'Sain vertaiselta rohkeutta lähteä taas liikkumaan.',
  'Leikkauksen jälkeen pelkäsin kaikkea. Ryhmässä pelko helpotti.',
  'Puolisona olin yksin huolieni kanssa, kunnes löysin tämän porukan.',
  'Här får man prata om det som är svårt – tack! 🌱',
  'Kävelytapahtumassa tapasin naapurin, jota en ollut nähnyt vuosiin.',
];
const stories = [
  'Osallistuja kertoi, että ryhmän ansiosta hän uskalsi varata kuntoutusajan, jota oli lykännyt puoli vuotta.',
  'Leskeksi jäänyt osallistuja on käynyt ryhmässä säännöllisesti ja toimii nyt itse vertaisena uusille.',
  'Nuori osallistuja löysi ryhmästä tukea sydänsairaan vanhempansa hoitoon ja jaksamiseen.',
];
const outcomes = [
  'Vammaisneuvosto otti lausuntomme kuljetuspalvelujen saavutettavuudesta osaksi omaa lausuntoaan.',
  'Hyvinvointialue lisäsi yhdistyksen vertaisryhmät palveluohjauksen esitteeseen.',
  'Kolme uutta vertaisohjaajaa aloitti koulutuksen jälkeen.',
  'Kaupunki avasi kävelyreitin varrelle kaksi uutta levähdyspenkkiä ehdotuksestamme.',
];
const observations = [
  'Syksyllä ryhmään tuli tavallista enemmän läheisiä yksin.',
  'Nokian ryhmän osallistujamäärä kasvoi, kun kokoontumispaikka muuttui esteettömäksi.',
];

/**
 * A realistic, deterministic Finnish association: people and members, fees,
 * activities with sessions and volunteer hours over two calendar years up to
 * `today`, three grants at different stages and impact notes. Nothing is dated
 * after `today` except grant deadlines that lie ahead.
 */
export function generateDemoDataset(options: DemoOptions): Dataset {
  const { seed = 1, today } = options;
  const peopleCount = options.people ?? 120;
  const rnd = new SeededRandom(seed);
  const data = emptyDataset();
  const year = Number(today.slice(0, 4));
  const start = `${year - 1}-01-01`;
  const clampToday = (d: string) => (d > today ? today : d);

  // Association profile and officials.
  const chairName = 'Marjatta Virtanen';
  const treasurerName = 'Pekka Lehtonen';
  data.profile.push({
    ...base(rnd.uuid(), start),
    name: 'Järvilinnan Sydänyhdistys ry',
    businessId: businessIdFor('2871456'),
    registerNumber: '187.456',
    homeMunicipality: 'Tampere',
    wellbeingCounty: 'Pirkanmaan hyvinvointialue',
    streetAddress: 'Hämeenkatu 12 B 4',
    postalCode: '33100',
    postOffice: 'Tampere',
    email: 'toimisto@jarvilinnansydan.fi',
    phone: '040 123 4567',
    website: 'jarvilinnansydan.fi',
    iban: finnishIban('57900020123456'),
    chairName,
    treasurerName,
    fiscalYearStartMonth: 1,
    hourValueCents: 1500,
    hourValueSource: DEFAULT_HOUR_VALUE_SOURCE,
    defaultLanguage: 'fi',
    foundedOn: '1986-04-15',
    // Written by the chair in the app; the reports print them as they are.
    reportTexts: {
      fi: {
        whatWeDo:
          'Järjestämme sydänsairaille ja heidän läheisilleen vertaistukiryhmiä, sydänkahviloita ja liikuntaa Tampereella, Nokialla ja Ylöjärvellä. Koulutetut vertaisohjaajat ovat itse sairastaneet tai läheisiä.',
        advocacyMessages:
          'Vertaistuki vähentää yksinäisyyttä ja tukee kuntoutumista sairaalajakson jälkeen.\nJärjestöjen tilat ja avustukset ovat hyvinvointialueen palvelujen tärkeä täydennys.',
        advocacyAsks:
          'Maksuttomat kokoontumistilat vertaisryhmille kunnan tiloista.\nSydänkuntoutujan palvelupolkuun tieto vertaistuesta jo sairaalassa.',
        annualHighlights:
          'Uusi vertaisryhmä aloitti Nokialla.\nSydänviikon yleisötilaisuudessa kävi ennätysmäärä kuulijoita.',
        annualNotDone: 'Ruotsinkielinen vertaisryhmä ei käynnistynyt ohjaajan puuttuessa.',
        grantResults:
          'Vertaisryhmät kokoontuivat suunnitellusti, ja uusia osallistujia tuli erityisesti sairaalan kautta.',
        grantDeviations:
          'Kesän liikuntatapahtuma siirtyi syksyyn helteiden vuoksi; sen kulut jäivät arvioitua pienemmiksi.',
      },
      // The Swedish summary has its own "what we do"; the rest prints in Finnish, marked so.
      sv: {
        whatWeDo:
          'Vi ordnar kamratstödsgrupper, hjärtcaféer och motion för hjärtsjuka och deras närstående i Tammerfors, Nokia och Ylöjärvi.',
      },
    },
  });

  // People: members first, then volunteers who are not members.
  const volunteersWithoutMembership = Math.max(1, Math.round(peopleCount / 8));
  const people: Person[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < peopleCount; i++) {
    let fullName: string;
    let swedish = false;
    if (i === 0) fullName = chairName;
    else if (i === 1) fullName = treasurerName;
    else if (i === 2) {
      fullName = 'Åsa Öhman';
      swedish = true;
    } else {
      swedish = rnd.chance(0.07);
      do {
        fullName = swedish
          ? `${rnd.pick(swedishFirstNames)} ${rnd.pick(swedishLastNames)}`
          : `${rnd.pick(finnishFirstNames)} ${rnd.pick(finnishLastNames)}`;
        if (usedNames.has(fullName) && peopleCount > 400) fullName += ` ${i}`;
      } while (usedNames.has(fullName));
    }
    usedNames.add(fullName);
    const isMember = i < peopleCount - volunteersWithoutMembership;
    const r = rnd.next();
    const membership: MembershipType = !isMember
      ? 'none'
      : i < 3
        ? 'regular'
        : r < 0.75
          ? 'regular'
          : r < 0.83
            ? 'supporting'
            : r < 0.87
              ? 'honorary'
              : r < 0.95
                ? 'family'
                : 'youth';
    // Most joined years ago; about one in ten during the two demo years.
    const joinedOn = !isMember
      ? undefined
      : rnd.chance(0.1)
        ? clampToday(addDays(start, rnd.int(0, daysBetween(start, today))))
        : addDays('2004-01-01', rnd.int(0, daysBetween('2004-01-01', `${year - 2}-12-31`)));
    const leaves = isMember && i >= 3 && rnd.chance(0.06);
    const leftOn =
      leaves && joinedOn
        ? clampToday(addDays(joinedOn < start ? start : joinedOn, rnd.int(30, 600)))
        : undefined;
    const [first, ...rest] = fullName.split(' ');
    const hasEmail = rnd.chance(0.6);
    const person: Person = {
      ...base(rnd.uuid(), joinedOn && joinedOn > start ? joinedOn : start),
      fullName,
      homeMunicipality: i < 2 ? 'Tampere' : rnd.pick(municipalities),
      email: hasEmail
        ? `${asciiName(first!)}.${asciiName(rest.join(''))}${i}@esimerkki.fi`
        : undefined,
      phone: rnd.chance(0.5)
        ? `04${rnd.int(0, 9)} ${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`
        : undefined,
      languages: swedish ? ['sv', 'fi'] : ['fi'],
      membership,
      joinedOn,
      leftOn: leftOn && leftOn > (joinedOn ?? '') ? leftOn : undefined,
      leftReason:
        leftOn && leftOn > (joinedOn ?? '')
          ? rnd.pick([
              'Muutti toiselle paikkakunnalle',
              'Oma eroilmoitus',
              'Jäsenmaksu maksamatta kahtena vuotena',
            ])
          : undefined,
      consents: {
        emailContact: hasEmail && rnd.chance(0.8),
        nameInPublicMaterials: rnd.chance(0.3),
      },
    };
    people.push(person);
  }
  data.people = people;

  // Membership fees for both years, with Finnish reference numbers.
  const feeFor: Record<MembershipType, number> = {
    none: 0,
    regular: 2500,
    supporting: 5000,
    honorary: 0,
    family: 3500,
    youth: 1000,
  };
  for (const fy of [year - 1, year]) {
    people.forEach((p, i) => {
      const amount = feeFor[p.membership];
      if (
        !amount ||
        !p.joinedOn ||
        p.joinedOn > `${fy}-12-31` ||
        (p.leftOn && p.leftOn < `${fy}-01-01`)
      )
        return;
      const dueOn = `${fy}-03-31`;
      if (dueOn > today && fy === year && `${fy}-02-01` > today) return;
      const paid = rnd.chance(fy === year ? 0.8 : 0.93);
      const paidOn = paid ? clampToday(addDays(`${fy}-02-15`, rnd.int(0, 90))) : undefined;
      data.fees.push({
        ...base(rnd.uuid(), clampToday(`${fy}-02-01`)),
        personId: p.id,
        year: fy,
        amountCents: amount,
        reference: makeReferenceNumber(`${fy}${String(i + 1).padStart(5, '0')}`),
        dueOn,
        paidOn,
      });
    });
  }

  // Funders and grants.
  const funderIds = { city: rnd.uuid(), county: rnd.uuid(), stea: rnd.uuid() };
  data.funders.push(
    {
      ...base(funderIds.city, start),
      name: 'Tampereen kaupunki',
      type: 'municipality',
      contact: 'Hyvinvoinnin edistäminen, järjestöavustukset',
      email: 'jarjestoavustukset@example.fi',
      website: 'https://www.example.fi/avustukset',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
    {
      ...base(funderIds.county, start),
      name: 'Pirkanmaan hyvinvointialue',
      type: 'wellbeingCounty',
      contact: 'Järjestöyhteistyö',
      contactPerson: 'Leena Salo',
      phone: '040 123 4567',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
    {
      ...base(funderIds.stea, start),
      name: 'Sosiaali- ja terveysjärjestöjen avustuskeskus STEA',
      type: 'stea',
      website: 'https://www.example.fi/stea',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
  );
  // Grants are written as the old single records with arrays (the random
  // stream, and so the rest of the demo, stays as it was) and then split into
  // their records the way an upgrade splits them.
  type OldLine = { id: string; name: string; budgetCents: number };
  type OldExpense = {
    id: string;
    date: string;
    amountCents: number;
    budgetLineId: string;
    description: string;
    receiptRef: string;
  };
  type OldGrant = Grant & {
    paidCents?: number;
    budgetLines: OldLine[];
    expenses: OldExpense[];
    attachments: never[];
    checklist: { id: string; label: string; done: boolean }[];
  };
  const lines = (items: [string, number][]): OldLine[] =>
    items.map(([name, budgetCents]) => ({ id: rnd.uuid(), name, budgetCents }));
  const lastYearLines = lines([
    ['Tilavuokrat', 180000],
    ['Tarjoilut', 70000],
    ['Materiaalit ja tarvikkeet', 50000],
  ]);
  const thisYearLines = lines([
    ['Tilavuokrat', 240000],
    ['Vertaisohjaajien koulutus', 120000],
    ['Tarjoilut', 80000],
    ['Viestintä', 60000],
  ]);
  const expensesFor = (budget: OldLine[], from: string, to: string, fill: number): OldExpense[] => {
    const out: OldExpense[] = [];
    for (const line of budget) {
      const months = Math.max(1, Math.min(12, month(to) - month(from) + 1));
      const perMonth = Math.floor((line.budgetCents * fill) / 12);
      for (let m = 0; m < months; m++) {
        const date = `${from.slice(0, 4)}-${String(month(from) + m).padStart(2, '0')}-${String(rnd.int(3, 27)).padStart(2, '0')}`;
        if (date > to) break;
        out.push({
          id: rnd.uuid(),
          date,
          amountCents: perMonth + rnd.int(-500, 500),
          budgetLineId: line.id,
          description: `${line.name} ${date.slice(5, 7)}/${date.slice(0, 4)}`,
          receiptRef: `T${date.slice(0, 4)}-${String(out.length + 1).padStart(3, '0')}`,
        });
      }
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  };
  const grantLast: OldGrant = {
    ...base(rnd.uuid(), `${year - 2}-11-15`),
    funderId: funderIds.city,
    name: `Toiminta-avustus ${year - 1}`,
    programme: 'Hyvinvoinnin ja terveyden edistämisen avustukset',
    purpose: 'Vertaistukiryhmien tilavuokrat, tarjoilut ja materiaalit.',
    status: 'reported',
    appliedCents: 350000,
    grantedCents: 300000,
    paidCents: 300000,
    applicationDeadline: `${year - 2}-11-30`,
    useBy: `${year - 1}-12-31`,
    reportDue: `${year}-03-31`,
    decisionNumber: `TRE:${1000 + rnd.int(0, 8999)}/02.05.01/${year - 1}`,
    decisionDate: `${year - 1}-02-20`,
    periodStart: `${year - 1}-01-01`,
    periodEnd: `${year - 1}-12-31`,
    budgetLines: lastYearLines,
    expenses: expensesFor(lastYearLines, `${year - 1}-01-01`, `${year - 1}-12-31`, 0.97),
    attachments: [],
    checklist: [
      { id: rnd.uuid(), label: 'Käyttöselvitys lähetetty', done: true },
      { id: rnd.uuid(), label: 'Tilinpäätös ja toiminnantarkastuskertomus liitetty', done: true },
    ],
  };
  const grantThis: OldGrant = {
    ...base(rnd.uuid(), `${year - 1}-10-01`),
    funderId: funderIds.county,
    name: `Järjestöavustus ${year}: vertaistoiminta`,
    programme: 'Hyvinvointialueen järjestöavustukset',
    purpose: 'Vertaisryhmät Tampereella ja Nokialla sekä vertaisohjaajien koulutus.',
    status: 'granted',
    appliedCents: 600000,
    grantedCents: 500000,
    paidCents: 500000,
    applicationDeadline: `${year - 1}-10-31`,
    useBy: `${year}-12-31`,
    interimReportDue: `${year}-08-31`,
    reportDue: `${year + 1}-03-31`,
    decisionNumber: `PIRHA/${100 + rnd.int(0, 899)}/${year}`,
    decisionDate: `${year}-01-28`,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    budgetLines: thisYearLines,
    expenses: expensesFor(thisYearLines, `${year}-01-01`, today, 0.9),
    attachments: [],
    checklist: [
      { id: rnd.uuid(), label: 'Avustuspäätös arkistoitu', done: true },
      { id: rnd.uuid(), label: 'Käyttöselvitys ja tilinpäätös', done: false },
    ],
  };
  const grantNext: OldGrant = {
    ...base(rnd.uuid(), clampToday(`${year}-04-01`)),
    funderId: funderIds.stea,
    name: 'Sydänkahvilat koko Pirkanmaalle',
    programme: 'STEA kohdennettu toiminta-avustus (Ak)',
    purpose: 'Vertaisryhmien laajentaminen neljään uuteen kuntaan ja vapaaehtoisten koordinointi.',
    status: 'submitted',
    appliedCents: 4800000,
    applicationDeadline: `${year}-05-29`,
    attachments: [],
    budgetLines: lines([
      ['Koordinaattorin palkka', 3600000],
      ['Vuokrat', 600000],
      ['Vapaaehtoisten koulutus ja virkistys', 600000],
    ]),
    expenses: [],
    checklist: [{ id: rnd.uuid(), label: 'Hakemus jätetty', done: `${year}-05-29` <= today }],
  };
  // Status history, payments and when checklist items were done.
  const history: [OldGrant, [GrantStatus, string][]][] = [
    [
      grantLast,
      [
        ['drafting', `${year - 2}-11-15`],
        ['submitted', `${year - 2}-11-28`],
        ['granted', `${year - 1}-02-20`],
        ['reported', clampToday(`${year}-03-20`)],
      ],
    ],
    [
      grantThis,
      [
        ['drafting', `${year - 1}-10-01`],
        ['submitted', `${year - 1}-10-27`],
        ['granted', `${year}-01-28`],
      ],
    ],
    [
      grantNext,
      [
        ['drafting', clampToday(`${year}-04-01`)],
        ['submitted', clampToday(`${year}-05-27`)],
      ],
    ],
  ];
  const doneOn = new Map([
    [grantLast.id, clampToday(`${year}-03-20`)],
    [grantThis.id, `${year}-02-03`],
    [grantNext.id, clampToday(`${year}-05-27`)],
  ]);
  for (const [old, changes] of history) {
    const split = splitGrant(old as unknown as Record<string, unknown>);
    data.grants.push(split.grant as Grant);
    data.grantBudgetLines.push(...(split.grantBudgetLines as GrantBudgetLine[]));
    data.grantExpenses.push(...(split.grantExpenses as GrantExpense[]));
    data.grantChecklistItems.push(
      ...(split.grantChecklistItems as GrantChecklistItem[]).map((c) =>
        c.done ? { ...c, doneOn: doneOn.get(old.id) } : c,
      ),
    );
    data.grantStatusChanges.push(
      ...changes.map(([status, date], i): GrantStatusChange => ({
        ...base(derivedId(`${old.id}:demo-status:${i}`), date),
        grantId: old.id,
        status,
        date,
        ...(status === 'granted' ? { note: old.decisionNumber } : {}),
      })),
    );
  }
  // The county pays in two instalments: most at the decision, the rest after the interim report.
  const payments: [OldGrant, string, number][] = [
    [grantLast, `${year - 1}-03-05`, 300000],
    [grantThis, `${year}-02-14`, 350000],
    [grantThis, clampToday(`${year}-09-15`), 150000],
  ];
  payments.forEach(([g, date, amountCents], i) =>
    data.grantPayments.push({
      ...base(derivedId(`${g.id}:demo-payment:${i}`), date),
      grantId: g.id,
      date,
      amountCents,
      note: `${i + 1}. erä`,
    } satisfies GrantPayment),
  );

  // Activities and their sessions.
  const volunteerPool = [
    ...people.slice(0, 3),
    ...rnd.sample(people.slice(3), Math.max(12, Math.round(peopleCount * 0.2))),
  ];
  const board = people.slice(0, 7);
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
  data.activities = activities;

  const grantOn = (activity: Activity, date: string) =>
    [grantLast, grantThis].find(
      (g) => activity.grantIds.includes(g.id) && g.periodStart! <= date && date <= g.periodEnd!,
    )?.id;

  const approvalCutoff = addDays(today, -21);
  const makeHour = (
    personId: string,
    date: string,
    minutes: number,
    kind: HourKind,
    extra: Partial<HourEntry> = {},
  ): HourEntry => {
    const approved = date <= approvalCutoff && rnd.chance(0.9);
    return {
      ...base(rnd.uuid(), date),
      personId,
      date,
      minutes,
      kind,
      approved,
      approvedBy: approved ? treasurerName : undefined,
      approvedAt: approved ? stamp(clampToday(addDays(date, 14))) : undefined,
      ...extra,
    };
  };

  const sessions: Session[] = [];
  const hours: HourEntry[] = [];
  for (let d = start; d <= today; d = addDays(d, 1)) {
    plans.forEach((plan, ai) => {
      if (!plan.meets(d)) return;
      const activity = activities[ai]!;
      const participants = rnd.int(...plan.participants);
      const vCount = Math.min(
        rnd.int(...plan.volunteers),
        plan.type === 'boardWork' ? board.length : volunteerPool.length,
      );
      const session: Session = {
        ...base(rnd.uuid(), d),
        activityId: activity.id,
        date: d,
        durationMinutes: plan.duration,
        participants,
        newParticipants: plan.type === 'boardWork' ? 0 : Math.min(participants, rnd.int(0, 2)),
        volunteers: vCount,
        countMethod: rnd.chance(plan.estimated) ? 'estimated' : 'counted',
      };
      sessions.push(session);
      const who =
        plan.type === 'boardWork' ? board.slice(0, vCount) : rnd.sample(volunteerPool, vCount);
      for (const p of who) {
        hours.push(
          makeHour(p.id, d, plan.duration + rnd.pick([0, 15, 30, 45, 60]), plan.kind, {
            activityId: activity.id,
            sessionId: session.id,
            participantsReached: plan.type === 'boardWork' ? undefined : participants,
            grantId: grantOn(activity, d),
          }),
        );
      }
    });
    // Newsletter and office work, twice a month, not tied to an activity.
    if (day(d) === 5 || day(d) === 20) {
      hours.push(
        makeHour(volunteerPool[2]!.id, d, rnd.pick([60, 90, 120]), 'other', {
          note: 'Jäsentiedote ja some',
        }),
      );
    }
  }
  // Benchmarks: fill up with volunteering entries across all people and days.
  const target = options.hourEntries ?? 0;
  const span = daysBetween(start, today);
  const events = activities.find((a) => a.type === 'eventSeries')!;
  while (hours.length < target) {
    const d = addDays(start, rnd.int(0, span));
    hours.push(
      makeHour(rnd.pick(people).id, d, rnd.int(2, 16) * 15, 'volunteering', {
        activityId: events.id,
      }),
    );
  }
  // Benchmarks: fill up with event-series sessions on random days.
  const sessionTarget = options.sessions ?? 0;
  while (sessions.length < sessionTarget) {
    const d = addDays(start, rnd.int(0, span));
    const participants = rnd.int(5, 60);
    sessions.push({
      ...base(rnd.uuid(), d),
      activityId: events.id,
      date: d,
      durationMinutes: rnd.int(4, 12) * 15,
      participants,
      newParticipants: Math.min(participants, rnd.int(0, 5)),
      volunteers: rnd.int(1, 6),
      countMethod: rnd.chance(0.3) ? 'estimated' : 'counted',
    });
  }
  data.sessions = sessions.sort((a, b) => a.date.localeCompare(b.date));
  data.hours = hours;

  // Impact notes spread over the two years, some with consent to publish.
  const noteDate = () => addDays(start, rnd.int(0, span));
  const group = activities[0]!;
  const notes: ImpactNote[] = [];
  type NoteInput = Pick<ImpactNote, 'type' | 'text' | 'source' | 'consentToPublish'> &
    Partial<
      Pick<
        ImpactNote,
        'activityId' | 'grantId' | 'feedbackTally' | 'themes' | 'highlight' | 'mediaOutlet'
      >
    >;
  const addNote = (note: NoteInput) => {
    const date = noteDate();
    notes.push({
      ...base(rnd.uuid(), date),
      date,
      themes: note.themes ?? ['vertaistuki'],
      highlight: false,
      // Consent given on the day, on the feedback form or by word of mouth (no random draw:
      // the rest of the demo stays as it was).
      ...(note.consentToPublish
        ? {
            consentGivenOn: date,
            consentMethod: note.type === 'feedback' ? ('form' as const) : ('spoken' as const),
          }
        : {}),
      ...note,
    });
  };
  quotes.forEach((text, i) =>
    addNote({
      type: 'quote',
      text,
      source: 'anonymousParticipant',
      consentToPublish: i % 3 !== 2,
      activityId: group.id,
      grantId: grantThis.id,
      highlight: i === 0,
    }),
  );
  stories.forEach((text, i) =>
    addNote({
      type: 'participantStory',
      text,
      source: 'volunteer',
      consentToPublish: i !== 1,
      activityId: group.id,
    }),
  );
  outcomes.forEach((text, i) =>
    addNote({
      type: 'outcome',
      text,
      source: i === 0 ? 'partner' : 'staff',
      consentToPublish: true,
      activityId: activities[i === 0 ? 3 : 0]!.id,
      themes: ['vaikuttaminen'],
      highlight: i === 0,
    }),
  );
  observations.forEach((text) =>
    addNote({ type: 'observation', text, source: 'volunteer', consentToPublish: false }),
  );
  for (let i = 0; i < 8; i++) {
    const tally = [rnd.int(0, 1), rnd.int(0, 2), rnd.int(1, 4), rnd.int(4, 10), rnd.int(6, 14)];
    addNote({
      type: 'feedback',
      text: `Palautekysely, ${activities[i % 2]!.name}: ”Sain ryhmästä tukea arkeen” (1–5).`,
      source: 'anonymousParticipant',
      consentToPublish: i % 2 === 0,
      activityId: activities[i % 2]!.id,
      grantId: i % 2 === 0 ? grantThis.id : undefined,
      feedbackTally: tally,
    });
  }
  addNote({
    type: 'media',
    text: 'Aamulehti kertoi Sydänkahvilasta jutussa ”Vertaisuus kantaa”.',
    mediaOutlet: 'Aamulehti',
    source: 'staff',
    consentToPublish: true,
    activityId: group.id,
  });
  data.impactNotes = notes.sort((a, b) => a.date.localeCompare(b.date));
  data.officials = demoBoard(people, start, year);
  Object.assign(data, demoFeedback(group, sessions, start, today, seed));
  return data;
}

/**
 * A little demo feedback: the peer group's participant form with the three
 * default statements, a volunteer form with one own statement, tallies of the
 * group's last six sessions and two volunteer tallies per half-year, and two
 * indicator values a year (people guided to services, an estimate; a
 * loneliness score before and after, a sample). Its own random sequence and
 * derived ids, so the rest of the demo stays as it was.
 */
function demoFeedback(
  group: Activity,
  sessions: Session[],
  start: string,
  today: string,
  seed: number,
): Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues'> {
  const rnd = new SeededRandom(seed * 7919 + 17);
  const id = (name: string) => derivedId(`demo-feedback-${seed}-${name}`);
  const participant: FeedbackForm = {
    ...base(id('form-participant'), start),
    activityId: group.id,
    perspective: 'participant',
    statements: (['gotSupport', 'lessAlone', 'knowWhereHelp'] as const).map((key) => ({
      id: id(`statement-${key}`),
      key,
    })),
  };
  const volunteer: FeedbackForm = {
    ...base(id('form-volunteer'), start),
    activityId: group.id,
    perspective: 'volunteer',
    statements: [
      { id: id('statement-volunteer-1'), text: 'Sain vapaaehtoisena riittävästi tukea' },
      { id: id('statement-volunteer-2'), key: 'gotSupport' },
    ],
    openQuestion: 'Mitä toivoisit vapaaehtoisten tukeen?',
  };
  const counts = (high: boolean) => [
    rnd.int(0, 1),
    rnd.int(0, 1),
    rnd.int(0, 3),
    rnd.int(2, 6),
    rnd.int(high ? 4 : 1, high ? 9 : 5),
  ];
  const tallies: FeedbackTally[] = sessions
    .filter((x) => x.activityId === group.id && !x.deletedAt)
    .slice(-6)
    .map((session, i) => ({
      ...base(id(`tally-${i}`), session.date),
      formId: participant.id,
      sessionId: session.id,
      from: session.date,
      to: session.date,
      counts: participant.statements.map((st, j) => ({
        statementId: st.id,
        counts: counts(j !== 1),
      })),
      provenance: 'collected',
    }));
  const year = Number(start.slice(0, 4));
  const values: IndicatorValue[] = [];
  for (const y of [year, year + 1]) {
    for (const [half, from, to] of [
      [1, `${y}-01-01`, `${y}-06-30`],
      [2, `${y}-07-01`, `${y}-12-31`],
    ] as const) {
      // Nothing collected after the demo's today.
      if (to > today) continue;
      tallies.push({
        ...base(id(`tally-volunteer-${y}-${half}`), to),
        formId: volunteer.id,
        from,
        to,
        counts: volunteer.statements.map((st) => ({ statementId: st.id, counts: counts(true) })),
        provenance: 'sample',
      });
      values.push({
        ...base(id(`guided-${y}-${half}`), to),
        name: 'Palveluihin ohjatut henkilöt',
        kind: 'count',
        activityId: group.id,
        from,
        to,
        value: rnd.int(6, 18),
        provenance: 'estimate',
      });
    }
    if (`${y}-12-31` > today) continue;
    values.push({
      ...base(id(`lonely-${y}`), `${y}-12-31`),
      name: 'Yksinäisyyden kokemus (1–10)',
      kind: 'beforeAfter',
      activityId: group.id,
      from: `${y}-01-01`,
      to: `${y}-12-31`,
      before: rnd.int(6, 8),
      value: rnd.int(3, 5),
      provenance: 'sample',
    });
  }
  return {
    feedbackForms: [participant, volunteer],
    feedbackTallies: tallies,
    indicatorValues: values,
  };
}

/**
 * The demo association's board: the chair, treasurer and secretary, four
 * board members, a deputy, an outside auditor, and one member whose term
 * ended with the previous year. Ids are derived (no random draws), so the
 * rest of the demo stays as it was; names are public only where the person
 * consented (the chair and treasurer always do).
 */
function demoBoard(people: Person[], start: string, year: number): Official[] {
  const roles: [index: number, role: OfficialRole][] = [
    [0, 'chair'],
    [1, 'treasurer'],
    [2, 'secretary'],
    [3, 'boardMember'],
    [4, 'boardMember'],
    [5, 'boardMember'],
    [6, 'boardMember'],
    [7, 'deputy'],
  ];
  const rows: Official[] = roles
    .filter(([i]) => !!people[i])
    .map(([i, role]) => ({
      ...base(derivedId(`${people[i]!.id}:demo-official`), start),
      personId: people[i]!.id,
      role,
      termStart: start,
      consentToPublishName: i < 2 || people[i]!.consents.nameInPublicMaterials,
    }));
  if (people[8]) {
    rows.push({
      ...base(derivedId(`${people[8].id}:demo-official-past`), start),
      personId: people[8].id,
      role: 'boardMember',
      termStart: start,
      termEnd: `${year - 1}-12-31`,
      consentToPublishName: people[8].consents.nameInPublicMaterials,
    });
  }
  rows.push({
    ...base(derivedId(`${start}:demo-auditor`), start),
    name: 'Raili Koskinen',
    role: 'auditor',
    termStart: start,
    consentToPublishName: true,
  });
  return rows;
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatMinutes, formatMoney } from '../format';
import { translate } from '../i18n';
import { reportDocument, simpleTable, type Letterhead } from '../pdf';
import type {
  Dataset,
  HourKind,
  Language,
  MembershipType,
  Official,
  OfficialRole,
} from '../schemas';
import { formatReferenceNumber } from '../validators/referenceNumber';

export type PersonDataOptions = {
  personId: string;
  printedOn: string;
};

/** The person's own fields, as stored; absent ones are left out. */
export type PersonDataDetails = {
  fullName: string;
  homeMunicipality: string;
  email?: string;
  phone?: string;
  streetAddress?: string;
  postalCode?: string;
  postOffice?: string;
  languages: string[];
  notes?: string;
  /** Dates (YYYY-MM-DD) the record was first saved and last changed. */
  createdAt: string;
  updatedAt: string;
};

export type PersonDataFee = {
  year: number;
  amountCents: number;
  reference?: string;
  dueOn?: string;
  paidOn?: string;
  inTrash: boolean;
};

export type PersonDataHour = {
  date: string;
  /** Undefined when the entry has no activity (or its activity is gone). */
  activityName?: string;
  minutes: number;
  kind: HourKind;
  note?: string;
  inTrash: boolean;
};

/** One of the person's own terms in the board or as an official. */
export type PersonDataRole = {
  role: OfficialRole;
  termStart: string;
  termEnd?: string;
  consentToPublishName: boolean;
  note?: string;
  inTrash: boolean;
};

export type PersonData = {
  letterhead: Letterhead;
  /** The person is in the trash: still stored, so still reported. */
  inTrash: boolean;
  details: PersonDataDetails;
  membership: {
    type: MembershipType;
    joinedOn?: string;
    leftOn?: string;
    leftReason?: string;
  };
  /** Every consent stored, including any added by a newer version. */
  consents: { key: string; given: boolean }[];
  /** Fields stored on the person that this version does not know, as text. */
  otherFields: { key: string; value: string }[];
  /** Oldest year first. */
  fees: PersonDataFee[];
  /** Oldest first. */
  hours: PersonDataHour[];
  /** Minutes of the hour entries not in the trash. */
  totalMinutes: number;
  /** Their roles in the board and as an official, oldest term first. */
  roles: PersonDataRole[];
  printedOn: string;
};

/** Why the personal data cannot be reported; the UI translates `memberList.personData.errors.<code>`. */
export class PersonDataError extends Error {
  constructor(readonly code: 'noProfile' | 'noPerson' | 'anonymised') {
    super(code);
    this.name = 'PersonDataError';
  }
}

const knownFields = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'fullName',
  'homeMunicipality',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'postOffice',
  'languages',
  'membership',
  'joinedOn',
  'leftOn',
  'leftReason',
  'consents',
  'notes',
  'anonymisedAt',
]);

const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Everything the register holds about one person, for a GDPR access request
 * (Article 15): their fields, membership, consents, membership fees and hour
 * entries, the trash included, since deleted rows are still stored until
 * emptied. Impact notes are not included: they never name a person.
 */
export function personDataModel(
  data: Pick<Dataset, 'profile' | 'people' | 'hours' | 'fees' | 'activities'> & {
    officials?: readonly Official[];
  },
  options: PersonDataOptions,
): PersonData {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new PersonDataError('noProfile');
  const person = data.people.find((p) => p.id === options.personId);
  if (!person) throw new PersonDataError('noPerson');
  // Nothing left identifies them, so there is nothing to give them access to.
  if (person.anonymisedAt) throw new PersonDataError('anonymised');
  const activityNames = new Map(data.activities.map((a) => [a.id, a.name]));
  const hours = data.hours
    .filter((h) => h.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((h) => ({
      date: h.date,
      activityName: h.activityId ? activityNames.get(h.activityId) : undefined,
      minutes: h.minutes,
      kind: h.kind,
      note: h.note || undefined,
      inTrash: !!h.deletedAt,
    }));
  const optional = <
    K extends 'email' | 'phone' | 'streetAddress' | 'postalCode' | 'postOffice' | 'notes',
  >(
    key: K,
  ) => (person[key] ? { [key]: person[key] } : {});
  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    inTrash: !!person.deletedAt,
    details: {
      fullName: person.fullName,
      homeMunicipality: person.homeMunicipality,
      ...optional('email'),
      ...optional('phone'),
      ...optional('streetAddress'),
      ...optional('postalCode'),
      ...optional('postOffice'),
      languages: [...person.languages],
      ...optional('notes'),
      createdAt: person.createdAt.slice(0, 10),
      updatedAt: person.updatedAt.slice(0, 10),
    },
    membership: {
      type: person.membership,
      joinedOn: person.joinedOn,
      leftOn: person.leftOn,
      leftReason: person.leftReason || undefined,
    },
    consents: Object.entries(person.consents).map(([key, given]) => ({
      key,
      given: given === true,
    })),
    otherFields: Object.entries(person)
      .filter(([key, value]) => !knownFields.has(key) && value !== undefined)
      .map(([key, value]) => ({ key, value: textOf(value) })),
    fees: data.fees
      .filter((f) => f.personId === person.id)
      .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
      .map((f) => ({
        year: f.year,
        amountCents: f.amountCents,
        reference: f.reference,
        dueOn: f.dueOn,
        paidOn: f.paidOn,
        inTrash: !!f.deletedAt,
      })),
    hours,
    totalMinutes: hours.filter((h) => !h.inTrash).reduce((s, h) => s + h.minutes, 0),
    roles: (data.officials ?? [])
      .filter((o) => o.personId === person.id)
      .sort((a, b) => a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id))
      .map((o) => ({
        role: o.role,
        termStart: o.termStart,
        termEnd: o.termEnd,
        consentToPublishName: o.consentToPublishName === true,
        note: o.note || undefined,
        inTrash: !!o.deletedAt,
      })),
    printedOn: options.printedOn,
  };
}

/** The person's own data as a pdfmake document in the chosen language. */
export function personDataDocument(model: PersonData, lang: Language): TDocumentDefinitions {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `memberList.personData.${key}`, params);
  const common = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `reports.common.${key}`, params);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : common('none'));
  const marked = (text: string, inTrash: boolean) =>
    inTrash ? t('deleted', { value: text }) : text;
  const title = t('title');
  type Pair = [label: string, value: string];
  const pairs = (rows: (Pair | false)[]): Content =>
    simpleTable(
      [
        { header: t('field'), width: 170, cell: (r: Pair) => r[0] },
        { header: t('value'), cell: (r: Pair) => r[1] },
      ],
      rows.filter((r): r is Pair => !!r),
    );
  const d = model.details;
  const m = model.membership;
  const consentLabel = (key: string) =>
    key === 'emailContact' || key === 'nameInPublicMaterials' ? t(`consents.${key}`) : key;
  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    subject: `${title}: ${d.fullName}`,
    printedOn: model.printedOn,
    content: [
      { text: d.fullName, fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
      {
        text: t('intro', {
          association: model.letterhead.name,
          name: d.fullName,
          date: formatDate(model.printedOn, lang),
        }),
        margin: [0, 0, 0, 6],
      },
      ...(model.inTrash
        ? [{ text: t('inTrash'), italics: true, margin: [0, 0, 0, 6] } satisfies Content]
        : []),
      { text: t('detailsHeading'), style: 'h2' },
      pairs([
        [t('fields.fullName'), d.fullName],
        [t('fields.homeMunicipality'), d.homeMunicipality],
        !!d.email && [t('fields.email'), d.email],
        !!d.phone && [t('fields.phone'), d.phone],
        !!d.streetAddress && [t('fields.streetAddress'), d.streetAddress],
        !!d.postalCode && [t('fields.postalCode'), d.postalCode],
        !!d.postOffice && [t('fields.postOffice'), d.postOffice],
        d.languages.length > 0 && [t('fields.languages'), d.languages.join(', ')],
        !!d.notes && [t('fields.notes'), d.notes],
        [t('fields.createdAt'), date(d.createdAt)],
        [t('fields.updatedAt'), date(d.updatedAt)],
      ]),
      ...(model.otherFields.length
        ? [
            { text: t('otherFields'), style: 'h2' },
            pairs(model.otherFields.map((f): Pair => [f.key, f.value])),
          ]
        : []),
      { text: t('membershipHeading'), style: 'h2' },
      pairs([
        [t('membership'), t(`membershipTypes.${m.type}`)],
        !!m.joinedOn && [t('joinedOn'), date(m.joinedOn)],
        !!m.leftOn && [t('leftOn'), date(m.leftOn)],
        !!m.leftReason && [t('leftReason'), m.leftReason],
      ]),
      { text: t('consentsHeading'), style: 'h2' },
      pairs(model.consents.map((c): Pair => [consentLabel(c.key), c.given ? t('yes') : t('no')])),
      { text: t('feesHeading'), style: 'h2' },
      model.fees.length
        ? simpleTable(
            [
              {
                header: t('year'),
                width: 'auto',
                cell: (f: PersonDataFee) => marked(String(f.year), f.inTrash),
              },
              {
                header: t('amount'),
                numeric: true,
                cell: (f: PersonDataFee) => formatMoney(f.amountCents, lang),
              },
              {
                header: t('reference'),
                cell: (f: PersonDataFee) =>
                  f.reference ? formatReferenceNumber(f.reference) : common('none'),
              },
              { header: t('dueOn'), cell: (f: PersonDataFee) => date(f.dueOn) },
              {
                header: t('paidOn'),
                cell: (f: PersonDataFee) => (f.paidOn ? date(f.paidOn) : t('unpaid')),
              },
            ],
            model.fees,
          )
        : { text: t('noFees'), italics: true },
      { text: t('hoursHeading'), style: 'h2' },
      model.hours.length
        ? simpleTable(
            [
              { header: t('date'), width: 62, cell: (h: PersonDataHour) => date(h.date) },
              {
                header: t('activity'),
                cell: (h: PersonDataHour) => h.activityName ?? common('otherVolunteering'),
              },
              {
                header: t('kind'),
                width: 72,
                cell: (h: PersonDataHour) => common(`kinds.${h.kind}`),
              },
              {
                header: common('hours'),
                numeric: true,
                width: 62,
                cell: (h: PersonDataHour) => formatMinutes(h.minutes, lang),
              },
              {
                header: t('note'),
                cell: (h: PersonDataHour) => marked(h.note ?? '', h.inTrash).trim(),
              },
            ],
            model.hours,
            [common('total'), '', '', formatMinutes(model.totalMinutes, lang), ''],
          )
        : { text: t('noHours'), italics: true },
      { text: translate(lang, 'officials.personData.heading'), style: 'h2' },
      (model.roles ?? []).length
        ? simpleTable(
            [
              {
                header: translate(lang, 'officials.columns.role'),
                cell: (r: PersonDataRole) =>
                  marked(translate(lang, `officials.roles.${r.role}`), r.inTrash),
              },
              {
                header: translate(lang, 'officials.columns.term'),
                cell: (r: PersonDataRole) =>
                  translate(lang, 'officials.termValue', {
                    from: date(r.termStart),
                    to: r.termEnd ? date(r.termEnd) : translate(lang, 'officials.running'),
                  }),
              },
              {
                header: translate(lang, 'officials.columns.consent'),
                cell: (r: PersonDataRole) => (r.consentToPublishName ? t('yes') : t('no')),
              },
              { header: t('note'), cell: (r: PersonDataRole) => r.note ?? '' },
            ],
            model.roles,
          )
        : { text: translate(lang, 'officials.personData.none'), italics: true },
      { text: t('rights'), style: 'small', margin: [0, 12, 0, 0] },
    ],
  });
}

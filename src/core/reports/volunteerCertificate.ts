import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { personHours, type Period, type PersonActivityTotals } from '../figures';
import { formatDate, formatMinutes } from '../format';
import { translate } from '../i18n';
import { reportDocument, signatureLines, simpleTable, type Letterhead } from '../pdf';
import { hourKinds, type Dataset, type HourKind, type Language } from '../schemas';

export type CertificateOptions = {
  personId: string;
  /** Without a period: from the person's first hour entry to the last. */
  period?: Period;
  printedOn: string;
  signer?: { name?: string; role: 'chair' | 'treasurer' };
};

export type VolunteerCertificate = {
  letterhead: Letterhead;
  personName: string;
  period: Period;
  totalMinutes: number;
  days: number;
  activities: PersonActivityTotals[];
  kinds: { kind: HourKind; minutes: number }[];
  signer: { name?: string; role: 'chair' | 'treasurer' };
  place: string;
  printedOn: string;
};

/** Why a certificate cannot be made; the UI and CLI translate the code. */
export class CertificateError extends Error {
  constructor(readonly code: 'noProfile' | 'noPerson' | 'anonymised' | 'noHours') {
    super(code);
    this.name = 'CertificateError';
  }
}

/** The figures and texts of one volunteer's certificate (todistus vapaaehtoistyöstä). */
export function volunteerCertificateModel(
  data: Pick<Dataset, 'profile' | 'people' | 'hours' | 'activities'>,
  options: CertificateOptions,
): VolunteerCertificate {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new CertificateError('noProfile');
  const person = data.people.find((p) => p.id === options.personId && !p.deletedAt);
  if (!person) throw new CertificateError('noPerson');
  // An anonymised person has no identity to certify.
  if (person.anonymisedAt) throw new CertificateError('anonymised');
  const everything = { from: '0000-01-01', to: '9999-12-31' };
  const hours = personHours(data, person.id, options.period ?? everything);
  if (hours.totalMinutes === 0 || !hours.firstDate || !hours.lastDate) {
    throw new CertificateError('noHours');
  }
  const signerRole = options.signer?.role ?? 'chair';
  return {
    letterhead: profile,
    personName: person.fullName,
    period: options.period ?? { from: hours.firstDate, to: hours.lastDate },
    totalMinutes: hours.totalMinutes,
    days: hours.days,
    activities: hours.byActivity,
    kinds: hourKinds
      .map((kind) => ({ kind, minutes: hours.byKind[kind] }))
      .filter((k) => k.minutes > 0),
    signer: {
      role: signerRole,
      name:
        options.signer?.name ??
        (signerRole === 'chair' ? profile.chairName : profile.treasurerName),
    },
    place: profile.homeMunicipality,
    printedOn: options.printedOn,
  };
}

/** The certificate as a one-page pdfmake document in the chosen language. */
export function volunteerCertificateDocument(
  model: VolunteerCertificate,
  lang: Language,
): TDocumentDefinitions {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `reports.${key}`, params);
  const from = formatDate(model.period.from, lang);
  const to = formatDate(model.period.to, lang);
  const title = t('certificate.title');
  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    subject: `${title}: ${model.personName}`,
    printedOn: model.printedOn,
    content: [
      { text: model.personName, fontSize: 14, bold: true, margin: [0, 0, 0, 8] },
      {
        text: t('certificate.intro', {
          name: model.personName,
          association: model.letterhead.name,
          from,
          to,
        }),
        margin: [0, 0, 0, 6],
      },
      {
        text: t('certificate.totalSentence', {
          hours: formatMinutes(model.totalMinutes, lang),
          days: model.days,
        }),
        margin: [0, 0, 0, 8],
      },
      { text: t('certificate.activitiesHeading'), style: 'h2' },
      simpleTable(
        [
          {
            header: t('certificate.activity'),
            cell: (a: PersonActivityTotals) => a.name ?? t('common.otherVolunteering'),
          },
          {
            header: t('common.hours'),
            numeric: true,
            cell: (a: PersonActivityTotals) => formatMinutes(a.minutes, lang),
          },
        ],
        model.activities,
        [t('common.total'), formatMinutes(model.totalMinutes, lang)],
      ),
      { text: t('certificate.kindsHeading'), style: 'h2' },
      simpleTable(
        [
          {
            header: t('certificate.kind'),
            cell: (k: { kind: HourKind }) => t(`common.kinds.${k.kind}`),
          },
          {
            header: t('common.hours'),
            numeric: true,
            cell: (k: { minutes: number }) => formatMinutes(k.minutes, lang),
          },
        ],
        model.kinds,
      ),
      { text: t('certificate.thanks'), margin: [0, 12, 0, 0] },
      signatureLines(
        [
          {
            name: model.signer.name,
            role: t(
              model.signer.role === 'chair' ? 'common.signatureChair' : 'common.signatureTreasurer',
            ),
          },
        ],
        t('common.placeAndDate', { place: model.place, date: formatDate(model.printedOn, lang) }),
      ),
    ],
  });
}

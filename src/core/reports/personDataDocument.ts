import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatMinutes, formatMoney } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { reportDocument, simpleTable } from '../pdf';
import type { Language } from '../schemas';
import { formatReferenceNumber } from '../validators/referenceNumber';
import {
  type PersonDataFee,
  type PersonDataHour,
  type PersonDataRole,
  type PersonData,
} from './personDataModel';

/** The person's own data as a pdfmake document in the chosen language. */
export function personDataDocument(model: PersonData, lang: Language): TDocumentDefinitions {
  const t = (
    key: MessageKeyUnder<'memberList.personData'>,
    params?: Record<string, string | number>,
  ) => translate(lang, `memberList.personData.${key}`, params);
  const common = (
    key: MessageKeyUnder<'reports.common'>,
    params?: Record<string, string | number>,
  ) => translate(lang, `reports.common.${key}`, params);
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

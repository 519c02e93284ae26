import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { type PersonActivityTotals } from '../figures';
import { formatDate, formatMinutes } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { reportDocument, signatureLines, simpleTable } from '../pdf';
import { type HourKind, type Language } from '../schemas';
import { type VolunteerCertificate } from './volunteerCertificateModel';

/** The certificate as a one-page pdfmake document in the chosen language. */
export function volunteerCertificateDocument(
  model: VolunteerCertificate,
  lang: Language,
): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'reports'>, params?: Record<string, string | number>) =>
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
          count: model.days,
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

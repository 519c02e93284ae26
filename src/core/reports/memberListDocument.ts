import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { reportDocument, simpleTable } from '../pdf';
import type { Language } from '../schemas';
import { type MemberListRow, type MemberList } from './memberListModel';

/** The member list as a pdfmake document in the chosen language, page numbers in the footer. */
export function memberListDocument(model: MemberList, lang: Language): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'memberList'>, params?: Record<string, string | number>) =>
    translate(lang, `memberList.${key}`, params);
  const title = t('title');
  const subtitle = t('subtitle', { date: formatDate(model.date, lang) });
  type Row = MemberListRow & { n: number };
  const rows: Row[] = model.members.map((m, i) => ({ ...m, n: i + 1 }));
  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    subject: `${title}: ${model.letterhead.name}, ${subtitle}`,
    printedOn: model.printedOn,
    content: [
      { text: subtitle, style: 'subtitle' },
      ...(model.registerNumber
        ? [
            {
              text: t('registerNumber', { number: model.registerNumber }),
              margin: [0, 0, 0, 4],
            } satisfies Content,
          ]
        : []),
      { text: t('legalNote'), style: 'small', margin: [0, 0, 0, 10] },
      rows.length
        ? simpleTable(
            [
              { header: t('number'), numeric: true, width: 30, cell: (r: Row) => String(r.n) },
              { header: t('name'), cell: (r: Row) => r.listedName },
              { header: t('municipality'), cell: (r: Row) => r.homeMunicipality },
            ],
            rows,
          )
        : { text: t('noMembers'), italics: true },
      { text: t('count', { count: model.count }), bold: true },
    ],
  });
}

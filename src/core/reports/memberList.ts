import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isMemberOn } from '../figures';
import { formatDate, formatInteger } from '../format';
import { translate } from '../i18n';
import { reportDocument, simpleTable, type Letterhead } from '../pdf';
import type { Dataset, Language } from '../schemas';
import { ReportError } from './ReportError';

export type MemberListOptions = {
  /** The day whose members are listed, YYYY-MM-DD. */
  date: string;
  printedOn: string;
};

/** One line of the statutory list: the two fields the Associations Act asks for, nothing else. */
export type MemberListRow = { fullName: string; homeMunicipality: string };

export type MemberList = {
  letterhead: Letterhead;
  registerNumber?: string;
  date: string;
  members: MemberListRow[];
  count: number;
  printedOn: string;
};

/**
 * The statutory list of members (Associations Act §11): the full name and home
 * municipality of everyone who is a member on `date`, sorted by the name as
 * stored, in Finnish alphabetical order. Anonymised people and people in the
 * trash are not members of anyone's list.
 */
export function memberListModel(
  data: Pick<Dataset, 'profile' | 'people'>,
  options: MemberListOptions,
): MemberList {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  const members = data.people
    .filter((p) => !p.deletedAt && !p.anonymisedAt && isMemberOn(p, options.date))
    .map((p) => ({ fullName: p.fullName, homeMunicipality: p.homeMunicipality }))
    .sort(
      (a, b) =>
        a.fullName.localeCompare(b.fullName, 'fi') ||
        a.homeMunicipality.localeCompare(b.homeMunicipality, 'fi'),
    );
  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    registerNumber: profile.registerNumber || undefined,
    date: options.date,
    members,
    count: members.length,
    printedOn: options.printedOn,
  };
}

/** The member list as a pdfmake document in the chosen language, page numbers in the footer. */
export function memberListDocument(model: MemberList, lang: Language): TDocumentDefinitions {
  const t = (key: string, params?: Record<string, string | number>) =>
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
              { header: t('name'), cell: (r: Row) => r.fullName },
              { header: t('municipality'), cell: (r: Row) => r.homeMunicipality },
            ],
            rows,
          )
        : { text: t('noMembers'), italics: true },
      { text: t('count', { count: formatInteger(model.count, lang) }), bold: true },
    ],
  });
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isMemberOn } from '../figures';
import { formatDate, formatInteger } from '../format';
import { translate } from '../i18n';
import { reportDocument, simpleTable, type Letterhead } from '../pdf';
import type { Dataset, Language } from '../schemas';
import { byStatutoryName, personNameParts } from '../people/personNameParts';
import { ReportError } from './ReportError';

const finnish = new Intl.Collator('fi');

export type MemberListOptions = {
  /** The day whose members are listed, YYYY-MM-DD. */
  date: string;
  printedOn: string;
};

/**
 * One line of the statutory list: the two fields the Associations Act asks
 * for, nothing else; `listedName` is the full name as printed, surname first.
 */
export type MemberListRow = { fullName: string; listedName: string; homeMunicipality: string };

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
 * municipality of everyone who is a member on `date`, in the statutory order:
 * by surname, then given names, in Finnish alphabetical order (`byStatutoryName`),
 * printed surname first. Anonymised people and people in the trash are not
 * members of anyone's list.
 */
export function memberListModel(
  data: Pick<Dataset, 'profile' | 'people'>,
  options: MemberListOptions,
): MemberList {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  const members = data.people
    .filter((p) => !p.deletedAt && !p.anonymisedAt && isMemberOn(p, options.date))
    .map((p) => ({
      fullName: p.fullName,
      listedName: personNameParts(p.fullName).surnameFirst,
      homeMunicipality: p.homeMunicipality,
    }));
  const byName = byStatutoryName<MemberListRow>((m) => m.fullName);
  members.sort((a, b) => byName(a, b) || finnish.compare(a.homeMunicipality, b.homeMunicipality));
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
              { header: t('name'), cell: (r: Row) => r.listedName },
              { header: t('municipality'), cell: (r: Row) => r.homeMunicipality },
            ],
            rows,
          )
        : { text: t('noMembers'), italics: true },
      { text: t('count', { count: formatInteger(model.count, lang) }), bold: true },
    ],
  });
}

import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import type { Language } from '../schemas';
import { pdfFontFamily } from './fonts';
import { letterheadContent, type Letterhead } from './letterhead';

/** BCP 47 tags written into the PDF so screen readers pick the right voice. */
export const pdfLanguage: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export type ReportDocumentOptions = {
  lang: Language;
  letterhead: Letterhead;
  /** Printed as the first heading and written as the PDF's title. */
  title: string;
  subject?: string;
  printedOn: string;
  content: Content[];
};

const grey = '#444444';

/**
 * A complete pdfmake document on the association's letterhead: logo, name and
 * business ID on every page, page numbers and the print date in the footer, the
 * embedded font, and title, author and language in the PDF's metadata.
 */
export function reportDocument(options: ReportDocumentOptions): TDocumentDefinitions {
  const { lang, letterhead, title, printedOn } = options;
  const content = withSignatureLead(options.content);
  const t = (key: MessageKeyUnder<'reports'>, params?: Record<string, string | number>) =>
    translate(lang, `reports.${key}`, params);
  const printed = t('common.printed', { date: formatDate(printedOn, lang) });
  return {
    pageSize: 'A4',
    pageMargins: [56, 84, 56, 64],
    language: pdfLanguage[lang],
    displayTitle: true,
    info: {
      title,
      author: letterhead.name,
      subject: options.subject ?? title,
      creator: 'Talkoot',
      producer: 'Talkoot (pdfmake)',
    },
    header: () => letterheadContent(letterhead, lang),
    footer: (currentPage: number, pageCount: number) => ({
      margin: [56, 24, 56, 0],
      fontSize: 8,
      color: grey,
      columns: [
        { text: `${title} · ${printed}`, width: '*' },
        {
          text: t('common.page', { page: currentPage, pages: pageCount }),
          alignment: 'right',
          width: 'auto',
        },
      ],
    }),
    content: [{ text: title, style: 'title' }, ...content],
    defaultStyle: { font: pdfFontFamily, fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
      subtitle: { fontSize: 11, color: grey, margin: [0, -8, 0, 12] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
      small: { fontSize: 8, color: grey },
      figure: { fontSize: 16, bold: true },
      quote: { italics: true, margin: [12, 4, 0, 4] },
    },
  };
}

export type TableColumn<R> = {
  header: string;
  cell: (row: R) => string;
  numeric?: boolean;
  width?: number | '*' | 'auto';
};

/** A plain table with a repeated header row and right-aligned numeric columns. */
export function simpleTable<R>(columns: TableColumn<R>[], rows: R[], footer?: string[]): Content {
  const body = [
    columns.map((c) => ({
      text: c.header,
      style: 'tableHeader',
      alignment: c.numeric ? ('right' as const) : ('left' as const),
    })),
    ...rows.map((r) =>
      columns.map((c) => ({
        text: c.cell(r),
        alignment: c.numeric ? ('right' as const) : ('left' as const),
      })),
    ),
  ];
  if (footer) {
    body.push(
      footer.map((text, i) => ({
        text,
        bold: true,
        alignment: columns[i]?.numeric ? ('right' as const) : ('left' as const),
      })) as never,
    );
  }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? (c.numeric ? 'auto' : '*')),
      body,
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 8],
  };
}

const signatureLinesId = 'signatureLines';

const holdsSignatures = (c: Content): boolean =>
  typeof c === 'object' &&
  c !== null &&
  !Array.isArray(c) &&
  ((c as { id?: string }).id === signatureLinesId ||
    ((c as { stack?: Content[] }).stack ?? []).some(holdsSignatures));

/**
 * The content with the block just before the signature lines joined to them in
 * one unbreakable stack: the signatures never stand alone on the last page,
 * the block before them moves over with them. (A block taller than a page is
 * still broken by pdfmake as usual.)
 */
function withSignatureLead(content: Content[]): Content[] {
  const at = content.findIndex(holdsSignatures);
  if (at <= 0) return content;
  return [
    ...content.slice(0, at - 1),
    { unbreakable: true, stack: [content[at - 1]!, content[at]!] },
    ...content.slice(at + 1),
  ];
}

/** Signature lines side by side: a line, then name and role under it. */
export function signatureLines(
  signers: { name?: string; role: string }[],
  placeAndDate?: string,
): Content {
  return {
    id: signatureLinesId,
    unbreakable: true,
    margin: [0, 28, 0, 0],
    stack: [
      ...(placeAndDate ? [{ text: placeAndDate, margin: [0, 0, 0, 36] as const }] : []),
      {
        columnGap: 32,
        columns: signers.map((s) => ({
          width: '*',
          stack: [
            {
              canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.7 }],
            },
            { text: s.name ?? '', margin: [0, 4, 0, 0] },
            { text: s.role, color: grey },
          ],
        })),
      },
    ],
  } as Content;
}

import { code128, drawingSVG } from 'bwip-js/generic';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatMoney } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { pdfFontFamily, pdfLanguage, printableLogo } from '../pdf';
import type { Language } from '../schemas';
import { formatIban } from '../validators/iban';
import { formatReferenceNumber } from '../validators/referenceNumber';
import { formatRfReference } from './creditorReference';
import type { Invoice, InvoiceBatch } from './invoiceModel';

/** Millimetres to PDF points. */
const mm = (n: number) => (n * 72) / 25.4;
const grey = '#444444';

/**
 * The bank barcode as SVG: Code 128 (set C) of the 54 digits, as
 * Pankkiviivakoodi-opas asks — at least 10 mm high, 6.4 mm of quiet zone on
 * each side. bwip-js draws it; pdfmake embeds the SVG.
 */
export function bankBarcodeSvg(digits: string): string {
  return code128(
    { bcid: 'code128', text: digits, height: 13, scale: 2, includetext: false },
    drawingSVG(),
  );
}

/** A reference as a person reads it: domestic in fives, RF in fours. */
export function printedReference(reference: string): string {
  return reference.startsWith('RF')
    ? formatRfReference(reference)
    : formatReferenceNumber(reference);
}

/**
 * A label and its value on the invoice's header and payment slip. Not core/pdf's
 * `labelled`: the slip's label column has a fixed width in millimetres so the
 * fields line up with what banks expect, and key values are bold.
 */
function slipLine(label: string, value: string, bold = false): Content {
  return {
    columns: [
      { text: label, width: mm(38), color: grey },
      { text: value, width: '*', bold },
    ],
    margin: [0, 0, 0, 3],
  };
}

function invoicePage(batch: InvoiceBatch, invoice: Invoice, first: boolean): Content {
  const lang: Language = invoice.lang;
  const t = (key: MessageKeyUnder<'invoices.page'>, params?: Record<string, string | number>) =>
    translate(lang, `invoices.page.${key}`, params);
  const { payee } = batch;
  const logo = printableLogo(batch.letterhead);
  const reminder = batch.kind === 'reminder';
  const payeeTown = [payee.postalCode, payee.postOffice].filter(Boolean).join(' ');
  const type =
    invoice.membershipType !== 'none'
      ? translate(lang, `memberList.personData.membershipTypes.${invoice.membershipType}`)
      : '';
  const feeLine = type
    ? t('feeLineType', { year: invoice.year, type })
    : t('feeLine', { year: invoice.year });
  const amount = formatMoney(invoice.amountCents, lang);
  const reference = printedReference(invoice.reference);
  const contact = [payee.email, payee.phone].filter(Boolean).join(' · ');
  return {
    stack: [
      // Sender, top left: shows through the top of the envelope's window as the return address.
      {
        columns: [
          {
            width: mm(95),
            columns: [
              // The logo beside the sender, 10 mm high: it stays above the window
              // (45 mm from the top); one that cannot be read is left out.
              ...(logo
                ? [{ image: logo, fit: [mm(10), mm(10)] as [number, number], width: mm(12) }]
                : []),
              {
                width: '*',
                stack: [
                  { text: payee.name, bold: true, fontSize: 11 },
                  {
                    text: [payee.streetAddress, payeeTown].filter(Boolean).join(', '),
                    color: grey,
                    fontSize: 8,
                  },
                ],
              },
            ],
          },
          {
            width: '*',
            stack: [
              {
                text: t(reminder ? 'reminder' : 'invoice'),
                fontSize: 16,
                bold: true,
                margin: [0, 0, 0, 6],
              },
              slipLine(t('date'), formatDate(batch.issuedOn, lang)),
              slipLine(t('dueOn'), formatDate(batch.dueOn, lang), true),
              slipLine(t('reference'), reference, true),
              ...(payee.businessId
                ? [slipLine('', t('businessId', { id: payee.businessId }))]
                : []),
            ],
          },
        ],
      },
      // The recipient, where a C5/C65 window envelope shows it (20 mm from the left, 45 mm from the top).
      {
        absolutePosition: { x: mm(20), y: mm(45) },
        stack: [
          { text: invoice.recipient.name, fontSize: 11 },
          ...invoice.recipient.addressLines.map((line) => ({ text: line, fontSize: 11 })),
        ],
      },
      {
        margin: [0, mm(52), 0, 0],
        stack: [
          ...(reminder
            ? [
                {
                  text: invoice.firstDueOn
                    ? t('reminderText', { date: formatDate(invoice.firstDueOn, lang) })
                    : t('reminderTextNoDate'),
                  margin: [0, 0, 0, 10] as [number, number, number, number],
                },
              ]
            : []),
          {
            table: {
              widths: ['*', 'auto'],
              body: [
                [{ text: feeLine }, { text: amount, alignment: 'right' }],
                [
                  { text: t('amount'), bold: true },
                  { text: amount, bold: true, alignment: 'right' },
                ],
              ],
            },
            layout: 'lightHorizontalLines',
            margin: [0, 0, 0, 10],
          },
          { text: t('payWithReference'), margin: [0, 0, 0, 4] },
          { text: t('thanks'), margin: [0, 0, 0, 4] },
          ...(contact ? [{ text: t('contact', { contact }), color: grey }] : []),
        ],
      },
      // The payment part, at the bottom of the page: the details, the QR code, the barcode.
      {
        absolutePosition: { x: mm(20), y: mm(200) },
        stack: [
          {
            canvas: [
              {
                type: 'line',
                x1: 0,
                y1: 0,
                x2: mm(170),
                y2: 0,
                lineWidth: 0.5,
                dash: { length: 4 },
              },
            ],
            margin: [0, 0, 0, 8],
          },
          {
            columns: [
              {
                width: mm(120),
                stack: [
                  slipLine(t('payee'), payee.name, true),
                  slipLine(t('account'), formatIban(payee.iban), true),
                  ...(payee.bic ? [slipLine(t('bic'), payee.bic)] : []),
                  slipLine(t('reference'), reference, true),
                  slipLine(t('dueOn'), formatDate(batch.dueOn, lang), true),
                  slipLine(t('amount'), amount, true),
                ],
              },
              {
                width: '*',
                stack: [
                  // EPC069-12: error correction level M; octet mode keeps the text's case and UTF-8.
                  { qr: invoice.qrPayload, eccLevel: 'M', mode: 'octet', fit: mm(36) } as Content,
                  { text: t('qr'), fontSize: 7, color: grey, margin: [0, 2, 0, 0] },
                ],
              },
            ],
          },
          { text: t('barcode'), fontSize: 8, color: grey, margin: [0, 10, 0, 2] },
          { svg: bankBarcodeSvg(invoice.barcode), width: mm(105), height: mm(13) },
          // The 54 digits as text too: typed into an online bank when the code cannot be read.
          { text: invoice.barcode, fontSize: 9, characterSpacing: 0.5, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

/** The invoices of a batch as one PDF, one invoice a page, each in its member's language. */
export function invoiceDocument(batch: InvoiceBatch, lang: Language): TDocumentDefinitions {
  const title = translate(
    lang,
    batch.kind === 'reminder' ? 'invoices.reminderFileName' : 'invoices.fileName',
    {
      year: batch.invoices[0]?.year ?? batch.issuedOn.slice(0, 4),
    },
  );
  return {
    pageSize: 'A4',
    pageMargins: [mm(20), mm(15), mm(20), mm(15)],
    language: pdfLanguage[lang],
    info: { title, author: batch.payee.name, creator: 'Talkoot', producer: 'Talkoot (pdfmake)' },
    content: batch.invoices.map((invoice, i) => invoicePage(batch, invoice, i === 0)),
    defaultStyle: { font: pdfFontFamily, fontSize: 10, lineHeight: 1.2 },
  };
}

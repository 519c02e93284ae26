import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { openQuestionText, statementText } from '../impact';
import { translate, type MessageKeyUnder } from '../i18n';
import { letterheadOf, reportDocument, type Letterhead } from '../pdf';
import type { AssociationProfile, FeedbackForm, Language } from '../schemas';

/**
 * What the printed feedback form needs, as plain data (it crosses to the PDF
 * worker): the form as stored, so default statements print in the language
 * chosen now, and the activity's name.
 */
export type FeedbackFormPrint = {
  letterhead: Letterhead;
  activityName: string;
  form: Pick<FeedbackForm, 'perspective' | 'statements' | 'openQuestion'>;
  printedOn: string;
};

/** The print model of one form: the letterhead from the profile, the activity by name. */
export function feedbackFormPrint(
  form: FeedbackForm,
  activityName: string,
  profile: Pick<AssociationProfile, 'name'> &
    Partial<Pick<AssociationProfile, 'businessId' | 'logoDataUrl' | 'homeMunicipality'>>,
  printedOn: string,
): FeedbackFormPrint {
  return {
    letterhead: letterheadOf(profile),
    activityName,
    form: {
      perspective: form.perspective,
      statements: form.statements,
      openQuestion: form.openQuestion,
    },
    printedOn,
  };
}

// Large type and large boxes: many who answer are over 60, some with weak sight
// or stiff hands. 15 pt text, 26 pt boxes, numbers beside the boxes.
const TEXT = 15;
const BOX = 26;
/** The width of each answer's column: the scale's words sit right above its box. */
const COLUMN = 90;
const GAP = 8;

/** One tick box with its label beside it. */
function tickBox(label: string, width: number | 'auto' = COLUMN): Content {
  return {
    width,
    columnGap: 6,
    columns: [
      {
        width: BOX,
        canvas: [{ type: 'rect', x: 0, y: 0, w: BOX, h: BOX, lineWidth: 1.2, r: 2 }],
      },
      { width: 'auto', text: label, fontSize: TEXT + 1, bold: true, margin: [0, 4, 0, 0] },
    ],
  } as Content;
}

/** Writing lines under the open question. */
function writingLines(count: number): Content {
  return {
    margin: [0, 6, 0, 0],
    stack: Array.from({ length: count }, () => ({
      margin: [0, 22, 0, 0] as [number, number, number, number],
      canvas: [{ type: 'line' as const, x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.7 }],
    })),
  };
}

/**
 * The feedback form as a pdfmake document on the association's letterhead:
 * the statements with five boxes each (1–5, the scale explained above them),
 * the open question with lines to write on and the consent question with
 * yes/no boxes. Made to fit one A4 page with up to about six statements.
 */
export function feedbackFormDocument(
  model: FeedbackFormPrint,
  lang: Language,
): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'feedback.print'>, params?: Record<string, string | number>) =>
    translate(lang, `feedback.print.${key}`, params);
  const title = t('title', { activity: model.activityName });
  const statements: Content[] = model.form.statements.map((s, i) => ({
    unbreakable: true,
    margin: [0, 0, 0, 14],
    stack: [
      {
        text: `${i + 1}. ${statementText(s, lang)}`,
        fontSize: TEXT,
        bold: true,
        margin: [0, 0, 0, 6],
      },
      { columnGap: GAP, columns: ([1, 2, 3, 4, 5] as const).map((n) => tickBox(String(n))) },
    ],
  }));
  const content: Content[] = [
    { text: t(`forPerspective.${model.form.perspective}`), fontSize: TEXT, margin: [0, -6, 0, 8] },
    { text: t('intro'), fontSize: TEXT - 1, margin: [0, 0, 0, 6] },
    {
      // The scale once, above the statements: each number with its words.
      margin: [0, 0, 0, 12],
      columnGap: GAP,
      columns: ([1, 2, 3, 4, 5] as const).map((n) => ({
        width: COLUMN,
        stack: [
          { text: String(n), bold: true, fontSize: TEXT },
          { text: t(`scale.s${n}`), fontSize: TEXT - 3 },
        ],
      })),
    },
    ...statements,
    {
      unbreakable: true,
      margin: [0, 4, 0, 14],
      stack: [
        { text: openQuestionText(model.form, lang), fontSize: TEXT, bold: true },
        writingLines(3),
      ],
    },
    {
      unbreakable: true,
      stack: [
        { text: t('consentQuestion'), fontSize: TEXT, bold: true, margin: [0, 0, 0, 6] },
        { columnGap: 40, columns: [tickBox(t('yes'), 'auto'), tickBox(t('no'), 'auto')] },
        { text: t('thanks'), fontSize: TEXT, margin: [0, 12, 0, 0] },
      ],
    },
  ];
  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    printedOn: model.printedOn,
    content,
  });
}

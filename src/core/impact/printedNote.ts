import { formatDate } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import type { ImpactNote, Language } from '../schemas';

/** What a report needs of a note to print it: never the person behind it. */
export type PrintableNote = Pick<ImpactNote, 'date' | 'type' | 'text'> &
  Partial<Pick<ImpactNote, 'feedbackTally' | 'mediaOutlet'>>;

/** A note as it prints: the body, and what it is (or, for a media mention, its citation). */
export type PrintedNote = { body: string; citation: string };

/** Quotation marks a text already carries (so a typed ”…” is not quoted twice). */
const quoteMarks = /^\s*["”“„«»'’‘]|["”“„«»'’‘]\s*$/;

/** Answers and their average on the 1–5 scale, or undefined without answers. */
export function feedbackFigures(tally: readonly number[] | undefined) {
  if (!tally || tally.length !== 5) return undefined;
  const count = tally.reduce((a, b) => a + b, 0);
  if (count === 0) return undefined;
  const sum = tally.reduce((a, n, i) => a + n * (i + 1), 0);
  return { count, average: sum / count };
}

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * How each kind of impact note prints in a report: quotes and stories in the
 * language's quotation marks, feedback with its figures (answers, average),
 * a media mention as a citation (outlet and date); others as written.
 */
export function printedNote(note: PrintableNote, lang: Language): PrintedNote {
  const t = (key: MessageKeyUnder<'impactPrint'>, params?: Record<string, string | number>) =>
    translate(lang, `impactPrint.${key}`, params);
  const date = formatDate(note.date, lang);
  const text = note.text.trim();
  const typeDate = t('typeDate', { type: t(`types.${note.type}`), date });
  switch (note.type) {
    case 'quote':
    case 'participantStory':
      return { body: quoteMarks.test(text) ? text : t('quoted', { text }), citation: typeDate };
    case 'feedback': {
      const f = feedbackFigures(note.feedbackTally);
      if (!f) return { body: text, citation: typeDate };
      const average = new Intl.NumberFormat(locales[lang], {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(f.average);
      const figures = t('feedbackFigures', {
        count: f.count,
        average,
      });
      // A dash, not brackets: the survey's own text often ends in brackets, e.g. “(1–5)”.
      return { body: `${text.replace(/\.$/, '')} – ${figures}`, citation: typeDate };
    }
    case 'media': {
      const outlet = note.mediaOutlet?.trim();
      return {
        body: text,
        citation: outlet ? t('citation', { outlet, date }) : typeDate,
      };
    }
    default:
      return { body: text, citation: typeDate };
  }
}

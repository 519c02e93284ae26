import {
  REPORT_TEXTS_SOURCE_LANGUAGE,
  type AssociationProfile,
  type Language,
  type ReportTextField,
  type ReportTextSet,
} from '../schemas';

/** Lines of a report text, trimmed, blanks and typed bullet marks dropped. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s+/, '').trim())
    .filter(Boolean);
}

/** One language's own texts from the profile; an empty set when there are none. */
export function textSetOf(
  profile: Pick<AssociationProfile, 'reportTexts'> | undefined,
  lang: Language,
): ReportTextSet {
  const set = profile?.reportTexts?.[lang];
  return set && typeof set === 'object' ? set : {};
}

const hasText = (v: unknown): v is string => typeof v === 'string' && linesOf(v).length > 0;

/** The texts a report prints in `lang`, and which of them had to be taken from Finnish. */
export type ChosenTexts<F extends ReportTextField> = {
  lines: Record<F, string[]>;
  /** Fields with no text of their own in `lang`, printed from the Finnish text (marked so). */
  fromFinnish: F[];
};

/**
 * The rule for a report's own texts in another language: a field's own text
 * in `lang` when it has one; otherwise the Finnish text, which the PDF marks
 * as Finnish (and the Reports page tells about before the PDF is made); when
 * neither has text, nothing.
 */
export function chooseReportTexts<F extends ReportTextField>(
  profile: Pick<AssociationProfile, 'reportTexts'> | undefined,
  lang: Language,
  fields: readonly F[],
): ChosenTexts<F> {
  const own = textSetOf(profile, lang);
  const source = textSetOf(profile, REPORT_TEXTS_SOURCE_LANGUAGE);
  const lines = {} as Record<F, string[]>;
  const fromFinnish: F[] = [];
  for (const field of fields) {
    if (hasText(own[field])) lines[field] = linesOf(own[field]);
    else if (lang !== REPORT_TEXTS_SOURCE_LANGUAGE && hasText(source[field])) {
      lines[field] = linesOf(source[field]);
      fromFinnish.push(field);
    } else lines[field] = [];
  }
  return { lines, fromFinnish };
}

/** The texts each report prints, in the order the Reports page shows them. */
export const reportTextFieldsOf = {
  grant: ['grantResults', 'grantDeviations'],
  advocacy: ['whatWeDo', 'advocacyMessages', 'advocacyAsks'],
  annual: ['annualHighlights', 'annualNotDone'],
} as const satisfies Record<'grant' | 'advocacy' | 'annual', readonly ReportTextField[]>;

/**
 * Is the field printed in Finnish under a heading in another language: taken
 * from Finnish for want of its own text, or the whole model was built with
 * the Finnish texts and is rendered in another language.
 */
export function inFinnishIn(
  model: { textsLanguage: Language; textsInFinnish: readonly ReportTextField[] },
  field: ReportTextField,
  lang: Language,
): boolean {
  if (lang === REPORT_TEXTS_SOURCE_LANGUAGE) return false;
  return (
    model.textsInFinnish.includes(field) || model.textsLanguage === REPORT_TEXTS_SOURCE_LANGUAGE
  );
}

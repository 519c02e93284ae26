import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../format';
import { translate } from '../i18n';
import { section, signatureLines } from '../pdf';
import type { Signer } from '../officials';
import type { Language } from '../schemas';
import { indicatorTable, type ReportIndicator } from './reportIndicators';

/** The indicators of a report under their heading, or nothing when it has none. */
export function indicatorsSection(
  indicators: readonly ReportIndicator[],
  lang: Language,
): Content[] {
  return indicators.length
    ? section(translate(lang, 'indicators.reportHeading'), indicatorTable(indicators, lang))
    : [];
}

/**
 * The signature lines under `heading`: one per signer, named by role in
 * `lang`, above the place and the date of printing.
 */
export function signaturesSection(
  heading: string,
  model: { signers: readonly Signer[]; place: string; printedOn: string },
  lang: Language,
): Content[] {
  return section(
    heading,
    signatureLines(
      model.signers.map((s) => ({
        name: s.name,
        role: translate(lang, `officials.signatureRoles.${s.role}`),
      })),
      translate(lang, 'reports.common.placeAndDate', {
        place: model.place,
        date: formatDate(model.printedOn, lang),
      }),
    ),
  );
}

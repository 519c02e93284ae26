import type { Content } from 'pdfmake/interfaces';
import { translate } from '../i18n';
import type { AssociationProfile, Language } from '../schemas';
import { logoProblem } from '../validators/image';

/** What the letterhead needs from the association profile. */
export type Letterhead = Pick<AssociationProfile, 'name' | 'businessId' | 'logoDataUrl'> & {
  homeMunicipality?: string;
};

/**
 * The letterhead of a profile: only the fields it prints, so a model that
 * crosses to the PDF worker never carries the whole profile with it.
 */
export function letterheadOf(
  profile: Pick<AssociationProfile, 'name'> &
    Partial<Pick<AssociationProfile, 'businessId' | 'logoDataUrl' | 'homeMunicipality'>>,
): Letterhead {
  return {
    name: profile.name,
    businessId: profile.businessId,
    logoDataUrl: profile.logoDataUrl,
    homeMunicipality: profile.homeMunicipality,
  };
}

const grey = '#444444';

/**
 * The logo a PDF prints, or undefined: a logo that cannot be read is left out,
 * so a report or an invoice never fails because of it.
 */
export function printableLogo(letterhead: Pick<Letterhead, 'logoDataUrl'>): string | undefined {
  const url = letterhead.logoDataUrl;
  return url && !logoProblem(url) ? url : undefined;
}

/** The letterhead as printed at the top of every page: logo, name, business ID and home town. */
export function letterheadContent(letterhead: Letterhead, lang: Language): Content {
  const idLine = letterhead.businessId
    ? translate(lang, 'reports.common.businessId', { id: letterhead.businessId })
    : '';
  const logo = printableLogo(letterhead);
  return {
    margin: [56, 28, 56, 0],
    columns: [
      ...(logo ? [{ image: logo, fit: [40, 40] as [number, number], width: 48 }] : []),
      {
        width: '*',
        stack: [
          { text: letterhead.name, bold: true, fontSize: 12 },
          {
            text: [idLine, letterhead.homeMunicipality].filter(Boolean).join(' · '),
            color: grey,
          },
        ],
      },
    ],
  };
}

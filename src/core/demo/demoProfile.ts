import { DEFAULT_HOUR_VALUE_SOURCE, type AssociationProfile } from '../schemas';
import { base, type DemoContext } from './demoRecord';

/** Compute the Y-tunnus check digit for a 7-digit base. */
function businessIdFor(base7: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const rem = weights.reduce((s, w, i) => s + w * Number(base7[i]), 0) % 11;
  return `${base7}-${rem === 0 ? 0 : 11 - rem}`;
}

/** A valid Finnish IBAN for a 14-digit BBAN (ISO 13616 mod-97 check digits). */
function finnishIban(bban: string): string {
  const numeric = `${bban}151800`; // F=15, I=18, check digits 00
  let rem = 0;
  for (const d of numeric) rem = (rem * 10 + Number(d)) % 97;
  return `FI${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** The demo's chair and treasurer: the first two people, named in the profile. */
export const demoChairName = 'Marjatta Virtanen';
export const demoTreasurerName = 'Pekka Lehtonen';

/** The association's details: a heart association in Tampere with its texts for the reports. */
export function demoProfile({ rnd, start }: DemoContext): AssociationProfile {
  const chairName = demoChairName;
  const treasurerName = demoTreasurerName;
  return {
    ...base(rnd.uuid(), start),
    name: 'Järvilinnan Sydänyhdistys ry',
    businessId: businessIdFor('2871456'),
    registerNumber: '187.456',
    homeMunicipality: 'Tampere',
    wellbeingCounty: 'Pirkanmaan hyvinvointialue',
    streetAddress: 'Hämeenkatu 12 B 4',
    postalCode: '33100',
    postOffice: 'Tampere',
    email: 'toimisto@jarvilinnansydan.fi',
    phone: '040 123 4567',
    website: 'jarvilinnansydan.fi',
    iban: finnishIban('57900020123456'),
    chairName,
    treasurerName,
    fiscalYearStartMonth: 1,
    hourValueCents: 1500,
    hourValueSource: DEFAULT_HOUR_VALUE_SOURCE,
    defaultLanguage: 'fi',
    foundedOn: '1986-04-15',
    // Written by the chair in the app; the reports print them as they are.
    reportTexts: {
      fi: {
        whatWeDo:
          'Järjestämme sydänsairaille ja heidän läheisilleen vertaistukiryhmiä, sydänkahviloita ja liikuntaa Tampereella, Nokialla ja Ylöjärvellä. Koulutetut vertaisohjaajat ovat itse sairastaneet tai läheisiä.',
        advocacyMessages:
          'Vertaistuki vähentää yksinäisyyttä ja tukee kuntoutumista sairaalajakson jälkeen.\nJärjestöjen tilat ja avustukset ovat hyvinvointialueen palvelujen tärkeä täydennys.',
        advocacyAsks:
          'Maksuttomat kokoontumistilat vertaisryhmille kunnan tiloista.\nSydänkuntoutujan palvelupolkuun tieto vertaistuesta jo sairaalassa.',
        annualHighlights:
          'Uusi vertaisryhmä aloitti Nokialla.\nSydänviikon yleisötilaisuudessa kävi ennätysmäärä kuulijoita.',
        annualNotDone: 'Ruotsinkielinen vertaisryhmä ei käynnistynyt ohjaajan puuttuessa.',
        grantResults:
          'Vertaisryhmät kokoontuivat suunnitellusti, ja uusia osallistujia tuli erityisesti sairaalan kautta.',
        grantDeviations:
          'Kesän liikuntatapahtuma siirtyi syksyyn helteiden vuoksi; sen kulut jäivät arvioitua pienemmiksi.',
      },
      // The Swedish summary has its own "what we do"; the rest prints in Finnish, marked so.
      sv: {
        whatWeDo:
          'Vi ordnar kamratstödsgrupper, hjärtcaféer och motion för hjärtsjuka och deras närstående i Tammerfors, Nokia och Ylöjärvi.',
      },
    },
  };
}

import { defineMessages } from '../defineMessages';

/**
 * The fiscal year and logo fields of the association's details (Settings and
 * first run). Finnish is the source language.
 */
export const profileDetailsMessages = defineMessages(
  {
    fiscalYearStartMonth: 'Tilikausi alkaa',
    fiscalYearHelp:
      'Toimintakertomus ja yhdistyksen yhteenveto verkostolle tehdään tilikausittain. Esimerkiksi heinäkuu: tilikausi on 1.7.–30.6.',
    logo: 'Logo',
    logoHelp:
      'Tulostuu raporttien, todistusten ja lomakkeiden ylälaitaan. PNG tai JPEG, enintään {{size}}.',
    chooseLogo: 'Valitse logo…',
    changeLogo: 'Vaihda logo…',
    removeLogo: 'Poista logo',
    noLogo: 'Ei logoa.',
    preview: 'Yhdistyksen logo',
    wrongType: 'Tiedosto ”{{name}}” ei ole PNG- tai JPEG-kuva. Logoa ei vaihdettu.',
    tooLarge:
      'Kuva ”{{name}}” on liian suuri: enintään {{size}} ja {{side}} × {{side}} kuvapistettä. Logoa ei vaihdettu.',
    unreadable:
      'Kuvaa ”{{name}}” ei voitu lukea: se on rikki tai ei ole PNG- tai JPEG-kuva. Logoa ei vaihdettu.',
    logoChanged: 'Uusi logo tallentuu, kun tallennat tiedot.',
    logoRemoved: 'Logo poistuu, kun tallennat tiedot.',
  },
  {
    sv: {
      fiscalYearStartMonth: 'Räkenskapsåret börjar',
      fiscalYearHelp:
        'Verksamhetsberättelsen och föreningens sammanställning för nätverket görs per räkenskapsår. Till exempel juli: räkenskapsåret är 1.7–30.6.',
      logo: 'Logotyp',
      logoHelp:
        'Skrivs ut överst på rapporter, intyg och blanketter. PNG eller JPEG, högst {{size}}.',
      chooseLogo: 'Välj logotyp…',
      changeLogo: 'Byt logotyp…',
      removeLogo: 'Ta bort logotypen',
      noLogo: 'Ingen logotyp.',
      preview: 'Föreningens logotyp',
      wrongType: 'Filen ”{{name}}” är inte en PNG- eller JPEG-bild. Logotypen ändrades inte.',
      tooLarge:
        'Bilden ”{{name}}” är för stor: högst {{size}} och {{side}} × {{side}} bildpunkter. Logotypen ändrades inte.',
      unreadable:
        'Bilden ”{{name}}” kunde inte läsas: den är skadad eller inte en PNG- eller JPEG-bild. Logotypen ändrades inte.',
      logoChanged: 'Den nya logotypen sparas när du sparar uppgifterna.',
      logoRemoved: 'Logotypen tas bort när du sparar uppgifterna.',
    },
    en: {
      fiscalYearStartMonth: 'Financial year starts in',
      fiscalYearHelp:
        'The annual summary and the association’s summary for the network are made per financial year. For example July: the financial year is 1 July – 30 June.',
      logo: 'Logo',
      logoHelp:
        'Printed at the top of reports, certificates and forms. PNG or JPEG, at most {{size}}.',
      chooseLogo: 'Choose a logo…',
      changeLogo: 'Change the logo…',
      removeLogo: 'Remove the logo',
      noLogo: 'No logo.',
      preview: 'The association’s logo',
      wrongType: 'The file “{{name}}” is not a PNG or JPEG image. The logo was not changed.',
      tooLarge:
        'The image “{{name}}” is too large: at most {{size}} and {{side}} × {{side}} pixels. The logo was not changed.',
      unreadable:
        'The image “{{name}}” could not be read: it is damaged or not a PNG or JPEG image. The logo was not changed.',
      logoChanged: 'The new logo is saved when you save the details.',
      logoRemoved: 'The logo is removed when you save the details.',
    },
  },
);

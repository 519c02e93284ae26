import { defineMessages } from '../defineMessages';

/** Messages of one person's page. Finnish is the source language. */
export const personMessages = defineMessages(
  {
    notFound: 'Henkilöä ei löydy. Hänet on ehkä poistettu.',
    backToList: 'Takaisin jäsenluetteloon',
    details: 'Tiedot',
    hoursByYear: 'Vapaaehtoistunnit vuosittain',
    hoursByYearCaption: 'Vapaaehtoistunnit vuosittain ja lajeittain',
    noHours: 'Ei kirjattuja vapaaehtoistunteja.',
    certificate: {
      title: 'Todistus vapaaehtoistyöstä',
      intro:
        'Tee PDF-todistus henkilön vapaaehtoistyöstä: tehtävät, ajanjakso ja tunnit yhdistyksen tiedoin ja allekirjoitusrivein.',
      period: 'Ajanjakso',
      allTime: 'Koko ajalta',
      language: 'Todistuksen kieli',
      signer: 'Allekirjoittaja',
      chair: 'Puheenjohtaja ({{name}})',
      treasurer: 'Rahastonhoitaja ({{name}})',
      make: 'Tee todistus (PDF)',
      making: 'Tehdään PDF:ää… {{percent}} %',
      saved: 'Todistus tallennettu: {{name}}',
      failed: 'Todistusta ei voitu tehdä: {{reason}}',
      errors: {
        noProfile: 'Yhdistyksen tiedot puuttuvat.',
        noPerson: 'Henkilöä ei löydy.',
        anonymised: 'Henkilö on anonymisoitu, joten todistusta ei voi tehdä.',
        noHours: 'Valitulla ajanjaksolla ei ole vapaaehtoistunteja.',
      },
    },
  },
  {
    sv: {
      notFound: 'Personen hittas inte. Hen har kanske tagits bort.',
      backToList: 'Tillbaka till medlemsförteckningen',
      details: 'Uppgifter',
      hoursByYear: 'Frivilligtimmar per år',
      hoursByYearCaption: 'Frivilligtimmar per år och typ',
      noHours: 'Inga frivilligtimmar registrerade.',
      certificate: {
        title: 'Intyg över frivilligarbete',
        intro:
          'Gör ett PDF-intyg över personens frivilligarbete: uppgifter, period och timmar med föreningens uppgifter och underskriftsrader.',
        period: 'Period',
        allTime: 'Hela tiden',
        language: 'Intygets språk',
        signer: 'Undertecknare',
        chair: 'Ordförande ({{name}})',
        treasurer: 'Kassör ({{name}})',
        make: 'Gör intyg (PDF)',
        making: 'PDF görs… {{percent}} %',
        saved: 'Intyget sparat: {{name}}',
        failed: 'Intyget kunde inte göras: {{reason}}',
        errors: {
          noProfile: 'Föreningens uppgifter saknas.',
          noPerson: 'Personen hittas inte.',
          anonymised: 'Personen är anonymiserad, så inget intyg kan göras.',
          noHours: 'Inga frivilligtimmar under den valda perioden.',
        },
      },
    },
    en: {
      notFound: 'This person cannot be found. They may have been deleted.',
      backToList: 'Back to the member list',
      details: 'Details',
      hoursByYear: 'Volunteer hours by year',
      hoursByYearCaption: 'Volunteer hours by year and kind',
      noHours: 'No volunteer hours logged.',
      certificate: {
        title: 'Certificate of volunteer work',
        intro:
          'Make a PDF certificate of this person’s volunteer work: tasks, period and hours, with the association’s details and signature lines.',
        period: 'Period',
        allTime: 'All time',
        language: 'Language of the certificate',
        signer: 'Signed by',
        chair: 'Chair ({{name}})',
        treasurer: 'Treasurer ({{name}})',
        make: 'Make certificate (PDF)',
        making: 'Making the PDF… {{percent}} %',
        saved: 'Certificate saved: {{name}}',
        failed: 'The certificate could not be made: {{reason}}',
        errors: {
          noProfile: 'The association’s details are missing.',
          noPerson: 'This person cannot be found.',
          anonymised: 'This person has been anonymised, so no certificate can be made.',
          noHours: 'No volunteer hours in the chosen period.',
        },
      },
    },
  },
);

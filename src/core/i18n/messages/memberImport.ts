import { defineMessages } from '../defineMessages';

/**
 * Messages of the member import (CSV/XLSX). Finnish is the source language.
 * Row numbers are the spreadsheet's own (the header is row 1); field names are
 * the user's language, column letters as the spreadsheet shows them.
 */
export const memberImportMessages = defineMessages(
  {
    title: 'Tuo jäseniä',
    ignoreColumn: 'Älä tuo',
    readyToImport: '{{count}} henkilöä valmiina tuotavaksi.',
    errorsTitle: 'Virheet',
    nothingImported: 'Mitään ei tuotu. Korjaa virheet tiedostoon ja yritä uudelleen.',
    duplicatesTitle: 'Mahdollisesti jo rekisterissä',
    atRow: 'Rivi {{row}}: {{problem}}',
    atField: 'Rivi {{row}}, {{field}}: {{problem}}',
    atColumn: 'Rivi {{row}}, {{field}} (sarake {{column}}): {{problem}}',
    moreErrors: '…ja {{count}} muuta virhettä.',
    fields: {
      fullName: 'Nimi',
      firstName: 'Etunimi',
      lastName: 'Sukunimi',
      homeMunicipality: 'Kotikunta',
      email: 'Sähköposti',
      phone: 'Puhelin',
      streetAddress: 'Osoite',
      postalCode: 'Postinumero',
      postOffice: 'Postitoimipaikka',
      membership: 'Jäsenlaji',
      joinedOn: 'Liittymispäivä',
      leftOn: 'Eroamispäivä',
      leftReason: 'Eron syy',
      languages: 'Kielet',
      notes: 'Lisätiedot',
      feeAmount: 'Jäsenmaksu',
      feePaidOn: 'Jäsenmaksun maksupäivä',
    },
    errors: {
      required: 'pakollinen tieto puuttuu',
      invalidDate:
        'päivämäärä ”{{value}}” on virheellinen tai sitä ei ole olemassa (kirjoita esim. 1.3.2024)',
      futureDate: 'päivämäärä ”{{value}}” on tulevaisuudessa',
      invalidAmount: 'summa ”{{value}}” ei kelpaa (kirjoita esim. 25,00 tai 1 250,50)',
      invalidEmail: 'sähköpostiosoite ”{{value}}” on virheellinen',
      unknownMembership:
        'tuntematon jäsenlaji ”{{value}}” (käytä esim. varsinainen, kannatus, kunnia, perhe tai nuoriso)',
      unknownLanguage: 'tuntematon kieli ”{{value}}” (käytä esim. suomi, ruotsi tai englanti)',
      tooLong: 'teksti on liian pitkä',
      leftBeforeJoined: 'eroamispäivä on ennen liittymispäivää',
      invalid: 'virheellinen arvo',
      noRows: 'Tiedostossa ei ole yhtään jäsenriviä.',
      noNameColumn:
        'Mikään sarake ei ole nimi. Valitse nimen sarake (tai etu- ja sukunimen sarakkeet).',
      noMunicipalityColumn:
        'Mikään sarake ei ole kotikunta. Yhdistyslaki edellyttää jokaiselle jäsenelle kotikunnan: valitse sen sarake.',
      unclosedQuote:
        'Rivillä {{row}} alkava lainausmerkki ei pääty. Tarkista tiedosto tai tallenna se uudelleen taulukko-ohjelmasta.',
      unsupportedFile: 'Tiedostoa {{file}} ei voi tuoda. Tallenna se muodossa .xlsx tai .csv.',
      unreadableSpreadsheet: 'Tiedostoa {{file}} ei voi lukea Excel-tiedostona ({{reason}}).',
    },
    duplicates: {
      existing:
        'Rivi {{row}}: {{name}}, {{municipality}} – {{reason}} kuin rekisterissä jo oleva {{otherName}}, {{otherMunicipality}}',
      inFile: 'Rivi {{row}}: {{name}}, {{municipality}} – {{reason}} kuin rivillä {{otherRow}}',
      reasons: {
        nameAndMunicipality: 'sama nimi ja kotikunta',
        email: 'sama sähköpostiosoite',
        both: 'sama nimi, kotikunta ja sähköpostiosoite',
      },
    },
  },
  {
    sv: {
      title: 'Importera medlemmar',
      ignoreColumn: 'Importera inte',
      readyToImport: '{{count}} personer klara att importeras.',
      errorsTitle: 'Fel',
      nothingImported: 'Ingenting importerades. Rätta felen i filen och försök igen.',
      duplicatesTitle: 'Finns möjligen redan i registret',
      atRow: 'Rad {{row}}: {{problem}}',
      atField: 'Rad {{row}}, {{field}}: {{problem}}',
      atColumn: 'Rad {{row}}, {{field}} (kolumn {{column}}): {{problem}}',
      moreErrors: '…och {{count}} fel till.',
      fields: {
        fullName: 'Namn',
        firstName: 'Förnamn',
        lastName: 'Efternamn',
        homeMunicipality: 'Hemkommun',
        email: 'E-post',
        phone: 'Telefon',
        streetAddress: 'Adress',
        postalCode: 'Postnummer',
        postOffice: 'Postanstalt',
        membership: 'Medlemstyp',
        joinedOn: 'Anslutningsdatum',
        leftOn: 'Utträdesdatum',
        leftReason: 'Orsak till utträde',
        languages: 'Språk',
        notes: 'Anteckningar',
        feeAmount: 'Medlemsavgift',
        feePaidOn: 'Medlemsavgiften betald',
      },
      errors: {
        required: 'obligatorisk uppgift saknas',
        invalidDate: 'datumet ”{{value}}” är felaktigt eller finns inte (skriv t.ex. 1.3.2024)',
        futureDate: 'datumet ”{{value}}” ligger i framtiden',
        invalidAmount: 'beloppet ”{{value}}” duger inte (skriv t.ex. 25,00 eller 1 250,50)',
        invalidEmail: 'e-postadressen ”{{value}}” är felaktig',
        unknownMembership:
          'okänd medlemstyp ”{{value}}” (använd t.ex. ordinarie, stödmedlem, hedersmedlem, familjemedlem eller ungdomsmedlem)',
        unknownLanguage: 'okänt språk ”{{value}}” (använd t.ex. finska, svenska eller engelska)',
        tooLong: 'texten är för lång',
        leftBeforeJoined: 'utträdesdatumet är före anslutningsdatumet',
        invalid: 'ogiltigt värde',
        noRows: 'Filen innehåller inga medlemsrader.',
        noNameColumn:
          'Ingen kolumn är namn. Välj kolumnen för namn (eller kolumnerna för förnamn och efternamn).',
        noMunicipalityColumn:
          'Ingen kolumn är hemkommun. Föreningslagen kräver hemkommun för varje medlem: välj dess kolumn.',
        unclosedQuote:
          'Citattecknet som börjar på rad {{row}} avslutas aldrig. Kontrollera filen eller spara den på nytt i kalkylprogrammet.',
        unsupportedFile:
          'Filen {{file}} kan inte importeras. Spara den i formatet .xlsx eller .csv.',
        unreadableSpreadsheet: 'Filen {{file}} kan inte läsas som Excel-fil ({{reason}}).',
      },
      duplicates: {
        existing:
          'Rad {{row}}: {{name}}, {{municipality}} – {{reason}} som {{otherName}}, {{otherMunicipality}} i registret',
        inFile: 'Rad {{row}}: {{name}}, {{municipality}} – {{reason}} som på rad {{otherRow}}',
        reasons: {
          nameAndMunicipality: 'samma namn och hemkommun',
          email: 'samma e-postadress',
          both: 'samma namn, hemkommun och e-postadress',
        },
      },
    },
    en: {
      title: 'Import members',
      ignoreColumn: 'Do not import',
      readyToImport: '{{count}} people ready to import.',
      errorsTitle: 'Errors',
      nothingImported: 'Nothing was imported. Correct the errors in the file and try again.',
      duplicatesTitle: 'Possibly already in the register',
      atRow: 'Row {{row}}: {{problem}}',
      atField: 'Row {{row}}, {{field}}: {{problem}}',
      atColumn: 'Row {{row}}, {{field}} (column {{column}}): {{problem}}',
      moreErrors: '…and {{count}} more errors.',
      fields: {
        fullName: 'Name',
        firstName: 'First name',
        lastName: 'Last name',
        homeMunicipality: 'Home municipality',
        email: 'Email',
        phone: 'Phone',
        streetAddress: 'Address',
        postalCode: 'Postal code',
        postOffice: 'Post office',
        membership: 'Membership type',
        joinedOn: 'Joined on',
        leftOn: 'Left on',
        leftReason: 'Reason for leaving',
        languages: 'Languages',
        notes: 'Notes',
        feeAmount: 'Membership fee',
        feePaidOn: 'Fee paid on',
      },
      errors: {
        required: 'required information is missing',
        invalidDate: 'the date “{{value}}” is wrong or does not exist (write e.g. 1.3.2024)',
        futureDate: 'the date “{{value}}” is in the future',
        invalidAmount: 'the amount “{{value}}” is not valid (write e.g. 25,00 or 1 250,50)',
        invalidEmail: 'the email address “{{value}}” is not valid',
        unknownMembership:
          'unknown membership type “{{value}}” (use e.g. regular, supporting, honorary, family or youth)',
        unknownLanguage: 'unknown language “{{value}}” (use e.g. Finnish, Swedish or English)',
        tooLong: 'the text is too long',
        leftBeforeJoined: 'the leaving date is before the joining date',
        invalid: 'invalid value',
        noRows: 'The file has no member rows.',
        noNameColumn:
          'No column is the name. Choose the name column (or the first and last name columns).',
        noMunicipalityColumn:
          'No column is the home municipality. The Associations Act requires one for every member: choose its column.',
        unclosedQuote:
          'The quotation mark that starts on row {{row}} is never closed. Check the file or save it again from the spreadsheet program.',
        unsupportedFile: 'The file {{file}} cannot be imported. Save it as .xlsx or .csv.',
        unreadableSpreadsheet: 'The file {{file}} cannot be read as an Excel file ({{reason}}).',
      },
      duplicates: {
        existing:
          'Row {{row}}: {{name}}, {{municipality}} – {{reason}} as {{otherName}}, {{otherMunicipality}}, already in the register',
        inFile: 'Row {{row}}: {{name}}, {{municipality}} – {{reason}} as row {{otherRow}}',
        reasons: {
          nameAndMunicipality: 'same name and home municipality',
          email: 'same email address',
          both: 'same name, home municipality and email address',
        },
      },
    },
  },
);

import { defineMessages } from '../core/i18n/defineMessages';

/** What the command line says, in the user's language. */
export const cliMessages = defineMessages(
  {
    usage: `Käyttö: npm run cli -- <komento> [valinnat]

Komennot:
  demo --out TIEDOSTO [--scale N] [--seed N] [--today VVVV-KK-PP]
        Kirjoittaa esimerkkiyhdistyksen datatiedoston. --scale N: N henkilöä ja 20 × N tuntikirjausta.
  validate TIEDOSTO
        Tarkistaa datatiedoston. Paluuarvo 0 vain kelvolliselle tiedostolle.
  help  Tämä ohje.

Yhteiset valinnat: --lang fi|sv|en`,
    unknownCommand: 'Tuntematon komento: {{command}}',
    missingOut: 'Anna kohdetiedosto: --out TIEDOSTO',
    missingFile: 'Anna tarkistettava tiedosto.',
    badNumber: 'Valinnan {{option}} on oltava positiivinen kokonaisluku.',
    badDate: 'Valinnan {{option}} on oltava päivämäärä muodossa VVVV-KK-PP.',
    cannotRead: 'Tiedostoa {{file}} ei voi lukea: {{reason}}',
    wrote:
      'Kirjoitettiin {{file}}: {{people}} henkilöä, {{hours}} tuntikirjausta, {{sessions}} kokoontumista.',
    valid: 'Kelvollinen Talkoot-datatiedosto (muoto {{version}}): {{counts}}.',
    invalid: 'Virheellinen datatiedosto {{file}}:',
  },
  {
    sv: {
      usage: `Användning: npm run cli -- <kommando> [alternativ]

Kommandon:
  demo --out FIL [--scale N] [--seed N] [--today ÅÅÅÅ-MM-DD]
        Skriver exempelföreningens datafil. --scale N: N personer och 20 × N timregistreringar.
  validate FIL
        Kontrollerar en datafil. Returkod 0 endast för en giltig fil.
  help  Den här hjälpen.

Gemensamma alternativ: --lang fi|sv|en`,
      unknownCommand: 'Okänt kommando: {{command}}',
      missingOut: 'Ange målfil: --out FIL',
      missingFile: 'Ange filen som ska kontrolleras.',
      badNumber: 'Alternativet {{option}} måste vara ett positivt heltal.',
      badDate: 'Alternativet {{option}} måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
      cannotRead: 'Filen {{file}} kan inte läsas: {{reason}}',
      wrote:
        'Skrev {{file}}: {{people}} personer, {{hours}} timregistreringar, {{sessions}} träffar.',
      valid: 'Giltig Talkoot-datafil (format {{version}}): {{counts}}.',
      invalid: 'Ogiltig datafil {{file}}:',
    },
    en: {
      usage: `Usage: npm run cli -- <command> [options]

Commands:
  demo --out FILE [--scale N] [--seed N] [--today YYYY-MM-DD]
        Writes the demo association's data file. --scale N: N people and 20 × N hour entries.
  validate FILE
        Checks a data file. Exit code 0 only for a valid file.
  help  This help.

Common options: --lang fi|sv|en`,
      unknownCommand: 'Unknown command: {{command}}',
      missingOut: 'Give the output file: --out FILE',
      missingFile: 'Give the file to check.',
      badNumber: 'Option {{option}} must be a positive whole number.',
      badDate: 'Option {{option}} must be a date written YYYY-MM-DD.',
      cannotRead: 'Cannot read {{file}}: {{reason}}',
      wrote: 'Wrote {{file}}: {{people}} people, {{hours}} hour entries, {{sessions}} sessions.',
      valid: 'Valid Talkoot data file (format {{version}}): {{counts}}.',
      invalid: 'Invalid data file {{file}}:',
    },
  },
);

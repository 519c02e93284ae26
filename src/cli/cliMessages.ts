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
  merge TIEDOSTO --data DATA.json
        Yhdistää toisen koneen datatiedoston (esim. tuntikirjaukset) tiedostoon DATA.json.
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
    missingData: 'Anna yhdistettävä kohde: --data DATA.json',
    mergeFailed: 'Yhdistäminen keskeytettiin, tiedostoa {{file}} ei muutettu:',
    merged:
      'Yhdistetty {{file}}: {{added}} uutta, {{updated}} päivitettyä, {{conflicts}} ristiriitaa.',
    mergeNothing: 'Ei mitään uutta: {{file}} pysyi ennallaan.',
    conflict: '  ristiriita: {{table}} {{id}} – säilytettiin {{kept}} versio',
    keptLocal: 'tämän tiedoston',
    keptIncoming: 'tuodun tiedoston',
  },
  {
    sv: {
      usage: `Användning: npm run cli -- <kommando> [alternativ]

Kommandon:
  demo --out FIL [--scale N] [--seed N] [--today ÅÅÅÅ-MM-DD]
        Skriver exempelföreningens datafil. --scale N: N personer och 20 × N timregistreringar.
  validate FIL
        Kontrollerar en datafil. Returkod 0 endast för en giltig fil.
  merge FIL --data DATA.json
        Slår ihop en annan dators datafil (t.ex. timregistreringar) med DATA.json.
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
      missingData: 'Ange målet för sammanslagningen: --data DATA.json',
      mergeFailed: 'Sammanslagningen avbröts, filen {{file}} ändrades inte:',
      merged:
        'Sammanslogs med {{file}}: {{added}} nya, {{updated}} uppdaterade, {{conflicts}} konflikter.',
      mergeNothing: 'Inget nytt: {{file}} förblev oförändrad.',
      conflict: '  konflikt: {{table}} {{id}} – {{kept}} version behölls',
      keptLocal: 'den här filens',
      keptIncoming: 'den importerade filens',
    },
    en: {
      usage: `Usage: npm run cli -- <command> [options]

Commands:
  demo --out FILE [--scale N] [--seed N] [--today YYYY-MM-DD]
        Writes the demo association's data file. --scale N: N people and 20 × N hour entries.
  validate FILE
        Checks a data file. Exit code 0 only for a valid file.
  merge FILE --data DATA.json
        Merges another computer's data file (e.g. hour entries) into DATA.json.
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
      missingData: 'Give the file to merge into: --data DATA.json',
      mergeFailed: 'Merge stopped; {{file}} was not changed:',
      merged: 'Merged into {{file}}: {{added}} new, {{updated}} updated, {{conflicts}} conflicts.',
      mergeNothing: 'Nothing new: {{file}} is unchanged.',
      conflict: '  conflict: {{table}} {{id}} – kept the {{kept}} version',
      keptLocal: 'existing',
      keptIncoming: 'incoming',
    },
  },
);

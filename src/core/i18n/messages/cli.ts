import { defineMessages } from '../defineMessages';

/** What the command line says (src/cli), in the user's language. Finnish is the source. */
export const cliMessages = defineMessages(
  {
    usage: `Käyttö: npm run cli -- <komento> [valinnat]

Komennot:
  demo --out TIEDOSTO [--scale N] [--hours N] [--sessions N] [--seed N] [--today VVVV-KK-PP]
        Kirjoittaa esimerkkiyhdistyksen datatiedoston. --scale N: N henkilöä ja 20 × N tuntikirjausta.
        --hours N: vähintään N tuntikirjausta. --sessions N: vähintään N kokoontumista.
  validate TIEDOSTO
        Tarkistaa datatiedoston. Paluuarvo 0 vain kelvolliselle tiedostolle.
  merge TIEDOSTO --data DATA.json
        Yhdistää toisen koneen datatiedoston (esim. tuntikirjaukset) tiedostoon DATA.json.
  report grant|advocacy|annual --data DATA.json --out RAPORTTI.pdf
        [--year VVVV | --from VVVV-KK-PP --to VVVV-KK-PP] [--grant ID] [--municipality KUNTA]
        Tekee raportin PDF:nä: avustuksen käyttöselvitys, vaikuttamistyön yhteenveto tai
        toimintakertomus. Ilman --grant: ajanjakson viimeisin myönnetty avustus.
  list grants --data DATA.json
        Luettelee avustukset tunnuksineen (--grant ID).
  summary --data DATA.json --year VVVV --out YHTEENVETO.json
        Vuoden luvut ilman henkilötietoja verkoston koordinaattorille (alle 5 henkilön luvut "<5").
  combine S1.json S2.json … --out ALUE.pdf [--year VVVV] [--network NIMI]
        Yhdistää yhdistysten yhteenvedot alueelliseksi yhteenvedoksi (PDF).
  invoices --data DATA.json --year VVVV --out LASKUT.pdf [--due VVVV-KK-PP] [--unpaid]
        [--reminders] [--rf] [--today VVVV-KK-PP]
        Tekee vuoden maksamattomista jäsenmaksuista laskut (pankkiviivakoodi ja QR-koodi),
        yksi sivu jäsentä kohden. --unpaid: vain ne, joista ei ole vielä tehty laskua.
        --reminders: maksumuistutukset eräpäivän ohittaneista. --rf: RF-viite.
  import-members TIEDOSTO.csv|TIEDOSTO.xlsx --data DATA.json [--dry-run] [--skip-duplicates]
        [--today VVVV-KK-PP]
        Tuo jäsenet taulukosta tiedostoon DATA.json; sarakkeet tunnistetaan otsikoista.
        Virheen sattuessa mitään ei tuoda. --dry-run: vain esikatselu.
  help  Tämä ohje.

Yhteiset valinnat: --lang fi|sv|en`,
    unknownCommand: 'Tuntematon komento: {{command}}',
    unknownOption: 'Tuntematon valinta: {{option}}',
    badOption: 'Valinta {{option}} puuttuu tai on väärin kirjoitettu.',
    badArguments: 'Komennon valinnat ovat väärin kirjoitetut.',
    unexpected: 'Odottamaton virhe: komento keskeytyi. Tiedostoja ei muutettu kesken kirjoituksen.',
    missingOut: 'Anna kohdetiedosto: --out TIEDOSTO',
    missingFile: 'Anna tarkistettava tiedosto.',
    badNumber: 'Valinnan {{option}} on oltava positiivinen kokonaisluku.',
    badDate: 'Valinnan {{option}} on oltava päivämäärä muodossa VVVV-KK-PP.',
    cannotRead: 'Tiedostoa {{file}} ei voi lukea: {{reason}}',
    encrypted:
      "Tiedosto {{file}} on salattu. Anna sen salasana ympäristömuuttujassa TALKOOT_PASSPHRASE (esimerkiksi: TALKOOT_PASSPHRASE='…' npm run cli -- validate tiedosto). Mitään ei muutettu.",
    notUtf8:
      'Tiedosto {{file}} ei ole UTF-8-tekstiä, joten se ei ole Talkoot-datatiedosto (tai se on vioittunut). Mitään ei muutettu.',
    wrote:
      'Kirjoitettiin {{file}}. Henkilöitä: {{people}}, tuntikirjauksia: {{hours}}, kokoontumisia: {{sessions}}.',
    valid: 'Kelvollinen Talkoot-datatiedosto (muoto {{version}}): {{counts}}.',
    invalid: 'Virheellinen datatiedosto {{file}}:',
    missingData: 'Anna yhdistettävä kohde: --data DATA.json',
    mergeFailed: 'Yhdistäminen keskeytettiin, tiedostoa {{file}} ei muutettu:',
    merged:
      'Yhdistetty {{file}}. Uusia: {{added}}, päivitettyjä: {{updated}}, ristiriitoja: {{conflicts}}.',
    mergeNothing: 'Ei mitään uutta: {{file}} pysyi ennallaan.',
    badReportKind: 'Tuntematon raportti "{{kind}}". Valitse grant, advocacy tai annual.',
    missingDataFlag: 'Anna datatiedosto: --data DATA.json',
    yearOrPeriod: 'Anna joko --year tai --from ja --to, ei molempia.',
    fromAndTo: 'Anna sekä --from että --to.',
    badYear: 'Valinnan --year on oltava vuosi, esim. 2025.',
    wroteReport: 'Kirjoitettiin {{file}} ({{kb}} kt).',
    wroteInvoices_one: 'Kirjoitettiin {{file}}: {{count}} lasku, yhteensä {{total}}.',
    wroteInvoices_other: 'Kirjoitettiin {{file}}: {{count}} laskua, yhteensä {{total}}.',
    missingYear: 'Anna vuosi: --year VVVV',
    badListKind: 'Tuntematon luettelo "{{what}}". Käytettävissä: grants.',
    noGrants: 'Datatiedostossa ei ole avustuksia.',
    grantAmounts: 'myönnetty {{granted}}, maksettu {{paid}}, käytetty {{spent}}',
    grantReportDue: 'käyttöselvitys {{date}}',
    grantNoReport: 'ei käyttöselvitystä (ei saatu)',
    missingImportFile: 'Anna tuotava tiedosto: import-members TIEDOSTO --data DATA.json',
    importRead: 'Luettiin {{file}} ({{format}}), rivejä: {{rows}}.',
    importColumns: 'Tuodaan sarakkeet: {{columns}}',
    importIgnoredColumns: 'Ei tuoda sarakkeita: {{columns}}',
    importBlankRows: 'Tyhjät rivit ohitettiin: {{rows}}',
    importFailed: 'Tuonti keskeytettiin, mitään ei tuotu eikä tiedostoa {{file}} muutettu:',
    importDryRun:
      'Kokeiluajo: voidaan tuoda henkilöitä: {{count}}, jäsenmaksuja: {{fees}}. Tiedostoa {{file}} ei muutettu.',
    imported: 'Tuotiin tiedostoon {{file}} henkilöitä: {{count}}, jäsenmaksuja: {{fees}}.',
    importDuplicates:
      'Mahdollisesti jo rekisterissä (rivejä: {{count}}; tuodaan silti, ellei anneta --skip-duplicates):',
    importDuplicatesSkipped:
      'Mahdollisesti jo rekisterissä (rivejä: {{count}}; jätetään tuomatta):',
  },
  {
    sv: {
      usage: `Användning: npm run cli -- <kommando> [alternativ]

Kommandon:
  demo --out FIL [--scale N] [--hours N] [--sessions N] [--seed N] [--today ÅÅÅÅ-MM-DD]
        Skriver exempelföreningens datafil. --scale N: N personer och 20 × N timregistreringar.
        --hours N: minst N timregistreringar. --sessions N: minst N träffar.
  validate FIL
        Kontrollerar en datafil. Returkod 0 endast för en giltig fil.
  merge FIL --data DATA.json
        Slår ihop en annan dators datafil (t.ex. timregistreringar) med DATA.json.
  report grant|advocacy|annual --data DATA.json --out RAPPORT.pdf
        [--year ÅÅÅÅ | --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD] [--grant ID] [--municipality KOMMUN]
        Gör en rapport som PDF: redovisning av understöd, sammanfattning av påverkansarbetet
        eller verksamhetsberättelse. Utan --grant: periodens senast beviljade understöd.
  list grants --data DATA.json
        Listar understöden med deras id (--grant ID).
  summary --data DATA.json --year ÅÅÅÅ --out SAMMANFATTNING.json
        Årets siffror utan personuppgifter för nätverkets koordinator (under 5 personer "<5").
  combine S1.json S2.json … --out REGION.pdf [--year ÅÅÅÅ] [--network NAMN]
        Slår ihop föreningarnas sammanfattningar till en regional sammanställning (PDF).
  invoices --data DATA.json --year ÅÅÅÅ --out FAKTUROR.pdf [--due ÅÅÅÅ-MM-DD] [--unpaid]
        [--reminders] [--rf] [--today ÅÅÅÅ-MM-DD]
        Gör fakturor (bankstreckkod och QR-kod) för årets obetalda medlemsavgifter, en sida
        per medlem. --unpaid: endast de som inte fakturerats. --reminders: betalnings-
        påminnelser för förfallna avgifter. --rf: RF-referens.
  import-members FIL.csv|FIL.xlsx --data DATA.json [--dry-run] [--skip-duplicates]
        [--today ÅÅÅÅ-MM-DD]
        Importerar medlemmar från en tabell till DATA.json; kolumnerna känns igen på rubrikerna.
        Vid fel importeras ingenting. --dry-run: endast förhandsvisning.
  help  Den här hjälpen.

Gemensamma alternativ: --lang fi|sv|en`,
      unknownCommand: 'Okänt kommando: {{command}}',
      unknownOption: 'Okänt alternativ: {{option}}',
      badOption: 'Alternativet {{option}} saknas eller är felskrivet.',
      badArguments: 'Kommandots alternativ är felskrivna.',
      unexpected: 'Oväntat fel: kommandot avbröts. Inga filer ändrades halvvägs.',
      missingOut: 'Ange målfil: --out FIL',
      missingFile: 'Ange filen som ska kontrolleras.',
      badNumber: 'Alternativet {{option}} måste vara ett positivt heltal.',
      badDate: 'Alternativet {{option}} måste vara ett datum i formatet ÅÅÅÅ-MM-DD.',
      cannotRead: 'Filen {{file}} kan inte läsas: {{reason}}',
      encrypted:
        "Filen {{file}} är krypterad. Ange dess lösenord i miljövariabeln TALKOOT_PASSPHRASE (till exempel: TALKOOT_PASSPHRASE='…' npm run cli -- validate fil). Ingenting ändrades.",
      notUtf8:
        'Filen {{file}} är inte UTF-8-text och alltså ingen Talkoot-datafil (eller så är den skadad). Ingenting ändrades.',
      wrote:
        'Skrev {{file}}. Personer: {{people}}, timregistreringar: {{hours}}, träffar: {{sessions}}.',
      valid: 'Giltig Talkoot-datafil (format {{version}}): {{counts}}.',
      invalid: 'Ogiltig datafil {{file}}:',
      missingData: 'Ange målet för sammanslagningen: --data DATA.json',
      mergeFailed: 'Sammanslagningen avbröts, filen {{file}} ändrades inte:',
      merged:
        'Sammanslogs med {{file}}. Nya: {{added}}, uppdaterade: {{updated}}, konflikter: {{conflicts}}.',
      mergeNothing: 'Inget nytt: {{file}} förblev oförändrad.',
      badReportKind: 'Okänd rapport "{{kind}}". Välj grant, advocacy eller annual.',
      missingDataFlag: 'Ange datafilen: --data DATA.json',
      yearOrPeriod: 'Ange antingen --year eller --from och --to, inte båda.',
      fromAndTo: 'Ange både --from och --to.',
      badYear: 'Alternativet --year måste vara ett år, t.ex. 2025.',
      wroteReport: 'Skrev {{file}} ({{kb}} kB).',
      wroteInvoices_one: 'Skrev {{file}}: {{count}} faktura, totalt {{total}}.',
      wroteInvoices_other: 'Skrev {{file}}: {{count}} fakturor, totalt {{total}}.',
      missingYear: 'Ange år: --year ÅÅÅÅ',
      badListKind: 'Okänd lista "{{what}}". Tillgänglig: grants.',
      noGrants: 'Datafilen innehåller inga understöd.',
      grantAmounts: 'beviljat {{granted}}, utbetalt {{paid}}, använt {{spent}}',
      grantReportDue: 'redovisning {{date}}',
      grantNoReport: 'ingen redovisning (inte erhållet)',
      missingImportFile: 'Ange filen som ska importeras: import-members FIL --data DATA.json',
      importRead: 'Läste {{file}} ({{format}}), rader: {{rows}}.',
      importColumns: 'Kolumner som importeras: {{columns}}',
      importIgnoredColumns: 'Kolumner som inte importeras: {{columns}}',
      importBlankRows: 'Tomma rader hoppades över: {{rows}}',
      importFailed: 'Importen avbröts, ingenting importerades och filen {{file}} ändrades inte:',
      importDryRun:
        'Provkörning: kan importeras personer: {{count}}, medlemsavgifter: {{fees}}. Filen {{file}} ändrades inte.',
      imported: 'Importerades till {{file}} personer: {{count}}, medlemsavgifter: {{fees}}.',
      importDuplicates:
        'Finns möjligen redan i registret (rader: {{count}}; importeras ändå om inte --skip-duplicates anges):',
      importDuplicatesSkipped:
        'Finns möjligen redan i registret (rader: {{count}}; importeras inte):',
    },
    en: {
      usage: `Usage: npm run cli -- <command> [options]

Commands:
  demo --out FILE [--scale N] [--hours N] [--sessions N] [--seed N] [--today YYYY-MM-DD]
        Writes the demo association's data file. --scale N: N people and 20 × N hour entries.
        --hours N: at least N hour entries. --sessions N: at least N sessions.
  validate FILE
        Checks a data file. Exit code 0 only for a valid file.
  merge FILE --data DATA.json
        Merges another computer's data file (e.g. hour entries) into DATA.json.
  report grant|advocacy|annual --data DATA.json --out REPORT.pdf
        [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD] [--grant ID] [--municipality NAME]
        Makes a report as PDF: grant usage report, advocacy summary or annual activity
        summary. Without --grant: the most recent grant granted in the period.
  list grants --data DATA.json
        Lists the grants with their ids (for --grant ID).
  summary --data DATA.json --year YYYY --out SUMMARY.json
        The year's figures without personal data, for a network's coordinator (under 5 people "<5").
  combine S1.json S2.json … --out REGIONAL.pdf [--year YYYY] [--network NAME]
        Combines associations' summaries into a regional summary (PDF).
  invoices --data DATA.json --year YYYY --out INVOICES.pdf [--due YYYY-MM-DD] [--unpaid]
        [--reminders] [--rf] [--today YYYY-MM-DD]
        Makes invoices (bank barcode and QR code) for the year's unpaid membership fees, one
        page a member. --unpaid: only fees not invoiced yet. --reminders: payment reminders
        for fees past their due date. --rf: RF creditor reference.
  import-members FILE.csv|FILE.xlsx --data DATA.json [--dry-run] [--skip-duplicates]
        [--today YYYY-MM-DD]
        Imports members from a spreadsheet into DATA.json; columns are recognised by their
        headers. On any error nothing is imported. --dry-run: preview only.
  help  This help.

Common options: --lang fi|sv|en`,
      unknownCommand: 'Unknown command: {{command}}',
      unknownOption: 'Unknown option: {{option}}',
      badOption: 'The option {{option}} is missing its value or is mistyped.',
      badArguments: "The command's options are mistyped.",
      unexpected: 'Unexpected error: the command stopped. No file was left half-written.',
      missingOut: 'Give the output file: --out FILE',
      missingFile: 'Give the file to check.',
      badNumber: 'Option {{option}} must be a positive whole number.',
      badDate: 'Option {{option}} must be a date written YYYY-MM-DD.',
      cannotRead: 'Cannot read {{file}}: {{reason}}',
      encrypted:
        "{{file}} is encrypted. Give its passphrase in the environment variable TALKOOT_PASSPHRASE (for example: TALKOOT_PASSPHRASE='…' npm run cli -- validate file). Nothing was changed.",
      notUtf8:
        '{{file}} is not UTF-8 text, so it is not a Talkoot data file (or it is damaged). Nothing was changed.',
      wrote: 'Wrote {{file}}. People: {{people}}, hour entries: {{hours}}, sessions: {{sessions}}.',
      valid: 'Valid Talkoot data file (format {{version}}): {{counts}}.',
      invalid: 'Invalid data file {{file}}:',
      missingData: 'Give the file to merge into: --data DATA.json',
      mergeFailed: 'Merge stopped; {{file}} was not changed:',
      merged:
        'Merged into {{file}}. New: {{added}}, updated: {{updated}}, conflicts: {{conflicts}}.',
      mergeNothing: 'Nothing new: {{file}} is unchanged.',
      badReportKind: 'Unknown report "{{kind}}". Choose grant, advocacy or annual.',
      missingDataFlag: 'Give the data file: --data DATA.json',
      yearOrPeriod: 'Give either --year or --from and --to, not both.',
      fromAndTo: 'Give both --from and --to.',
      badYear: '--year must be a year, e.g. 2025.',
      wroteReport: 'Wrote {{file}} ({{kb}} kB).',
      wroteInvoices_one: 'Wrote {{file}}: {{count}} invoice, {{total}} in all.',
      wroteInvoices_other: 'Wrote {{file}}: {{count}} invoices, {{total}} in all.',
      missingYear: 'Give the year: --year YYYY',
      badListKind: 'Unknown list "{{what}}". Available: grants.',
      noGrants: 'The data file has no grants.',
      grantAmounts: 'granted {{granted}}, paid {{paid}}, spent {{spent}}',
      grantReportDue: 'report due {{date}}',
      grantNoReport: 'no usage report (not received)',
      missingImportFile: 'Give the file to import: import-members FILE --data DATA.json',
      importRead: 'Read {{file}} ({{format}}), rows: {{rows}}.',
      importColumns: 'Columns imported: {{columns}}',
      importIgnoredColumns: 'Columns not imported: {{columns}}',
      importBlankRows: 'Blank rows skipped: {{rows}}',
      importFailed: 'Import stopped; nothing was imported and {{file}} was not changed:',
      importDryRun:
        'Dry run: can be imported, people: {{count}}, membership fees: {{fees}}. {{file}} was not changed.',
      imported: 'Imported into {{file}}, people: {{count}}, membership fees: {{fees}}.',
      importDuplicates:
        'Possibly already in the register (rows: {{count}}; imported anyway unless --skip-duplicates is given):',
      importDuplicatesSkipped: 'Possibly already in the register (rows: {{count}}; not imported):',
    },
  },
);

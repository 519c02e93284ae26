import { defineMessages } from '../defineMessages';

/** The Settings page: data file, backups, merge. Part of the `ui` area; Finnish is the source. */
export const uiSettingsMessages = defineMessages(
  {
    settings: {
      title: 'Asetukset',
      profileSection: 'Yhdistyksen perustiedot',
      dataSection: 'Tiedot ja varmuuskopiot',
      exportTitle: 'Vie kaikki tiedot datatiedostoon',
      exportText:
        'Tallentaa kaikki tiedot yhteen Talkoot-datatiedostoon (JSON). Säilytä se esimerkiksi muistitikulla varmuuskopiona.',
      exportButton: 'Vie datatiedosto',
      exported: 'Tiedot tallennettiin tiedostoon {{name}}.',
      exportFailed: 'Tietoja ei voitu tallentaa. {{reason}}',
      importTitle: 'Palauta tiedot datatiedostosta',
      importText:
        'Korvaa tämän tietokoneen tiedot datatiedoston tiedoilla. Nykyiset tiedot tallennetaan ensin varmuuskopioksi.',
      importButton: 'Valitse datatiedosto',
      importInvalid: 'Tiedostoa ei voitu tuoda. Mitään ei muutettu.',
      importConfirmTitle: 'Korvataanko nykyiset tiedot?',
      importConfirmText:
        'Tiedostossa on henkilöitä: {{people}}, tuntikirjauksia: {{hours}}. Nykyiset tiedot korvataan. Ennen sitä nykyiset tiedot tallennetaan varmuuskopiotiedostoon.',
      importConfirmButton: 'Korvaa tiedot',
      imported: 'Tiedot palautettiin. Henkilöitä: {{people}}, tuntikirjauksia: {{hours}}.',
      fileLabel: 'Talkoot-datatiedosto',
      about: 'Tietoja sovelluksesta',
      version: 'Versio {{version}}',
      storage: 'Tiedot tallennetaan tämän tietokoneen selaintietokantaan (IndexedDB).',
      mergeTitle: 'Yhdistä toisen koneen tiedot',
      mergeText:
        'Tuo toisella koneella kirjatut tunnit ja muut tiedot tähän koneeseen. Uudet tiedot lisätään, uudempi muutos voittaa, eikä saman tiedoston tuominen kahdesti muuta mitään.',
      mergeButton: 'Valitse yhdistettävä datatiedosto',
      merged: 'Yhdistetty. Uusia tietueita: {{added}}, päivitettyjä: {{updated}}.',
      mergeNothing: 'Tiedostossa ei ollut mitään uutta.',
      mergeConflicts_one:
        '{{count}} tietue oli erilainen tällä koneella ja tiedostossa; siitä säilytettiin uudempi versio:',
      mergeConflicts_other:
        '{{count}} tietuetta oli erilaisia tällä koneella ja tiedostossa; kustakin säilytettiin uudempi versio:',
      mergeInvalid: 'Tietoja ei voitu yhdistää. Mitään ei muutettu.',
      mergeConfirmTitle: 'Yhdistetäänkö tiedot?',
      mergeFrom: 'Tiedosto on yhdistyksen {{name}} (Y-tunnus {{businessId}}) tiedot.',
      mergeFromUnknown: 'Tiedostossa ei ole yhdistyksen perustietoja.',
      mergeOtherTitle: 'Eri yhdistyksen tiedosto',
      mergeOtherText:
        'Tiedoston Y-tunnus on {{theirs}}, tämän yhdistyksen {{ours}}. Yhdistä vain, jos tiedot todella kuuluvat tähän yhdistykseen: muuten kahden yhdistyksen jäsenluettelot sekoittuvat.',
      mergeWillDo:
        'Yhdistäminen lisää ja päivittää tietueita. Uusia: {{added}}, päivitettäviä: {{updated}}; erilaisia tällä koneella ja tiedostossa: {{conflicts}}.',
      mergeBackupFirst:
        'Nykyiset tiedot tallennetaan ensin varmuuskopiotiedostoon, ja yhdistämisen voi perua heti sen jälkeen.',
      mergeConfirmButton: 'Tallenna varmuuskopio ja yhdistä',
      mergeBackupCancelled:
        'Varmuuskopiota ei tallennettu, joten tietoja ei yhdistetty. Mitään ei muutettu.',
      mergeDone: 'Tiedot yhdistettiin.',
      mergeUndo: 'Peru yhdistäminen',
      mergeUndone: 'Yhdistäminen peruttiin: tiedot ovat kuten ennen sitä.',
    },
  },
  {
    sv: {
      settings: {
        title: 'Inställningar',
        profileSection: 'Föreningens grunduppgifter',
        dataSection: 'Uppgifter och säkerhetskopior',
        exportTitle: 'Exportera alla uppgifter till en datafil',
        exportText:
          'Sparar alla uppgifter i en Talkoot-datafil (JSON). Förvara den till exempel på ett USB-minne som säkerhetskopia.',
        exportButton: 'Exportera datafil',
        exported: 'Uppgifterna sparades i filen {{name}}.',
        exportFailed: 'Uppgifterna kunde inte sparas. {{reason}}',
        importTitle: 'Återställ uppgifter från en datafil',
        importText:
          'Ersätter uppgifterna på den här datorn med datafilens uppgifter. De nuvarande uppgifterna sparas först som säkerhetskopia.',
        importButton: 'Välj datafil',
        importInvalid: 'Filen kunde inte importeras. Ingenting ändrades.',
        importConfirmTitle: 'Ersätta de nuvarande uppgifterna?',
        importConfirmText:
          'I filen finns personer: {{people}}, timregistreringar: {{hours}}. De nuvarande uppgifterna ersätts. Innan dess sparas de i en säkerhetskopia.',
        importConfirmButton: 'Ersätt uppgifterna',
        imported: 'Uppgifterna återställdes. Personer: {{people}}, timregistreringar: {{hours}}.',
        fileLabel: 'Talkoot-datafil',
        about: 'Om programmet',
        version: 'Version {{version}}',
        storage: 'Uppgifterna sparas i den här datorns webbläsardatabas (IndexedDB).',
        mergeTitle: 'Slå ihop uppgifter från en annan dator',
        mergeText:
          'Hämta timmar och andra uppgifter som registrerats på en annan dator. Nya uppgifter läggs till, den nyare ändringen vinner och samma fil två gånger ändrar ingenting.',
        mergeButton: 'Välj datafil att slå ihop',
        merged: 'Sammanslaget. Nya poster: {{added}}, uppdaterade: {{updated}}.',
        mergeNothing: 'Filen innehöll inget nytt.',
        mergeConflicts_one:
          '{{count}} post var olika på den här datorn och i filen; den nyare versionen behölls:',
        mergeConflicts_other:
          '{{count}} poster var olika på den här datorn och i filen; den nyare versionen av var och en behölls:',
        mergeInvalid: 'Uppgifterna kunde inte slås ihop. Ingenting ändrades.',
        mergeConfirmTitle: 'Slå ihop uppgifterna?',
        mergeFrom: 'Filen innehåller uppgifter för föreningen {{name}} (FO-nummer {{businessId}}).',
        mergeFromUnknown: 'Filen har inga grunduppgifter för någon förening.',
        mergeOtherTitle: 'En annan förenings fil',
        mergeOtherText:
          'Filens FO-nummer är {{theirs}}, den här föreningens {{ours}}. Slå ihop bara om uppgifterna verkligen hör till den här föreningen: annars blandas två föreningars medlemsregister.',
        mergeWillDo:
          'Sammanslagningen lägger till och uppdaterar poster. Nya: {{added}}, uppdateras: {{updated}}; olika på den här datorn och i filen: {{conflicts}}.',
        mergeBackupFirst:
          'Nuvarande uppgifter sparas först i en säkerhetskopia, och sammanslagningen kan ångras genast efteråt.',
        mergeConfirmButton: 'Spara säkerhetskopia och slå ihop',
        mergeBackupCancelled:
          'Säkerhetskopian sparades inte, så uppgifterna slogs inte ihop. Ingenting ändrades.',
        mergeDone: 'Uppgifterna slogs ihop.',
        mergeUndo: 'Ångra sammanslagningen',
        mergeUndone: 'Sammanslagningen ångrades: uppgifterna är som före den.',
      },
    },
    en: {
      settings: {
        title: 'Settings',
        profileSection: 'Association details',
        dataSection: 'Data and backups',
        exportTitle: 'Export all data to a data file',
        exportText:
          'Saves all data in one Talkoot data file (JSON). Keep it, for example on a USB stick, as a backup.',
        exportButton: 'Export data file',
        exported: 'The data was saved to {{name}}.',
        exportFailed: 'The data could not be saved. {{reason}}',
        importTitle: 'Restore data from a data file',
        importText:
          'Replaces the data on this computer with the data in the file. The current data is saved to a backup file first.',
        importButton: 'Choose a data file',
        importInvalid: 'The file could not be imported. Nothing was changed.',
        importConfirmTitle: 'Replace the current data?',
        importConfirmText:
          'In the file — people: {{people}}, hour entries: {{hours}}. The current data will be replaced. Before that, it is saved to a backup file.',
        importConfirmButton: 'Replace data',
        imported: 'Data restored. People: {{people}}, hour entries: {{hours}}.',
        fileLabel: 'Talkoot data file',
        about: 'About',
        version: 'Version {{version}}',
        storage: 'The data is stored in this computer’s browser database (IndexedDB).',
        mergeTitle: 'Merge data from another computer',
        mergeText:
          'Bring in hours and other records logged on another computer. New records are added, the newer edit wins, and importing the same file twice changes nothing.',
        mergeButton: 'Choose a data file to merge',
        merged: 'Merged. New records: {{added}}, updated: {{updated}}.',
        mergeNothing: 'The file held nothing new.',
        mergeConflicts_one:
          '{{count}} record was different on this computer and in the file; its newer version was kept:',
        mergeConflicts_other:
          '{{count}} records were different on this computer and in the file; the newer version of each was kept:',
        mergeInvalid: 'The data could not be merged. Nothing was changed.',
        mergeConfirmTitle: 'Merge the data?',
        mergeFrom: 'The file holds the data of {{name}} (business ID {{businessId}}).',
        mergeFromUnknown: 'The file has no association details.',
        mergeOtherTitle: 'Another association’s file',
        mergeOtherText:
          'The file’s business ID is {{theirs}}, this association’s is {{ours}}. Merge only if the data really belongs to this association: otherwise two associations’ member registers get mixed.',
        mergeWillDo:
          'The merge adds and updates records. New: {{added}}, updated: {{updated}}; different on this computer and in the file: {{conflicts}}.',
        mergeBackupFirst:
          'The current data is saved to a backup file first, and the merge can be undone right after.',
        mergeConfirmButton: 'Save a backup and merge',
        mergeBackupCancelled:
          'The backup was not saved, so nothing was merged. Nothing was changed.',
        mergeDone: 'The data was merged.',
        mergeUndo: 'Undo the merge',
        mergeUndone: 'The merge was undone: the data is as it was before it.',
      },
    },
  },
);

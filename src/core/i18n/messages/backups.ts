import { defineMessages } from '../defineMessages';

/** Settings → Backups, and the reminder on the home page. */
export const backupsMessages = defineMessages(
  {
    title: 'Varmuuskopiot',
    autoText:
      'Talkoot tallentaa varmuuskopion kaikista tiedoista automaattisesti muutaman minuutin kuluttua muutoksesta ja kun suljet ohjelman. Kopioita säilytetään: 5 viimeisintä, yksi päivältä 14 päivän ajan ja yksi kuukaudelta 12 kuukauden ajan.',
    folder: 'Varmuuskopiokansio',
    changeFolder: 'Vaihda kansio',
    folderChanged: 'Varmuuskopiot tallennetaan nyt kansioon {{folder}}.',
    last: 'Viimeisin varmuuskopio: {{when}}',
    none: 'Varmuuskopioita ei ole vielä. Ensimmäinen tallennetaan, kun muutat tietoja.',
    overdue:
      'Varmuuskopiota ei ole tallennettu yli 7 päivään. Tarkista, että kansio on käytettävissä, tai vie datatiedosto.',
    tableCaption: 'Tallennetut varmuuskopiot, uusin ensin',
    when: 'Aika',
    size: 'Koko',
    action: 'Toiminto',
    restore: 'Palauta',
    restoreLabel: 'Palauta varmuuskopio {{when}}',
    encrypted: 'salattu',
    failed: 'Automaattista varmuuskopiota ei voitu tallentaa. {{reason}}',
    backUpNow: 'Varmuuskopioi nyt',
    written: 'Varmuuskopio on tallennettu.',
    folderPickText:
      'Tämä selain voi tallentaa varmuuskopiot automaattisesti valitsemaasi kansioon, esimerkiksi Tiedostot-kansioon tai muistitikulle. Valitse kansio kerran; sen jälkeen Talkoot tallentaa kopion muutaman minuutin kuluttua muutoksesta.',
    chooseFolder: 'Valitse varmuuskopiokansio',
    folderAllowText:
      'Selain kysyy luvan uudelleen, kun se on käynnistetty: varmuuskopioita ei tallenneta kansioon {{folder}}, ennen kuin annat luvan.',
    allowFolder: 'Salli varmuuskopiot kansioon {{folder}}',
    browserFolderText:
      'Talkoot tallentaa varmuuskopion kaikista tiedoista tähän kansioon muutaman minuutin kuluttua muutoksesta, kun ohjelma on auki. Kopioita säilytetään: 5 viimeisintä, yksi päivältä 14 päivän ajan ja yksi kuukaudelta 12 kuukauden ajan.',
    importBackupCancelled:
      'Varmuuskopiota ei tallennettu, joten jäseniä ei tuotu. Mitään ei muutettu.',
    importBackupFailed:
      'Varmuuskopiota ei voitu tallentaa, joten jäseniä ei tuotu. Mitään ei muutettu. {{reason}}',
    browserText:
      'Selaimessa Talkoot ei voi tallentaa varmuuskopioita automaattisesti. Vie datatiedosto säännöllisesti (esimerkiksi kerran viikossa) ja säilytä se turvallisessa paikassa.',
    lastCopy: 'Viimeksi tallennettu kopio tiedoista tällä selaimella: {{when}}',
    noCopy: 'Tällä selaimella ei ole vielä tallennettu kopiota tiedoista.',
    copyOverdue:
      'Edellisestä tallennetusta kopiosta on yli 7 päivää, tai kopiota ei ole. Vie datatiedosto nyt, niin tiedot eivät katoa.',
    goToSettings: 'Varmuuskopiot ja datatiedosto asetuksissa',
    persisted: 'Selain on luvannut säilyttää tiedot myös silloin, kun levytila vähenee.',
    notPersisted:
      'Selain ei ole luvannut säilyttää tietoja pysyvästi: ne voivat kadota, jos levy täyttyy tai selaimen tiedot tyhjennetään. Vie datatiedosto säännöllisesti.',
  },
  {
    sv: {
      title: 'Säkerhetskopior',
      autoText:
        'Talkoot sparar automatiskt en säkerhetskopia av alla uppgifter några minuter efter en ändring och när du stänger programmet. Kopior sparas: de 5 senaste, en per dag i 14 dagar och en per månad i 12 månader.',
      folder: 'Mapp för säkerhetskopior',
      changeFolder: 'Byt mapp',
      folderChanged: 'Säkerhetskopiorna sparas nu i mappen {{folder}}.',
      last: 'Senaste säkerhetskopia: {{when}}',
      none: 'Det finns inga säkerhetskopior ännu. Den första sparas när du ändrar uppgifter.',
      overdue:
        'Ingen säkerhetskopia har sparats på över 7 dagar. Kontrollera att mappen är tillgänglig, eller exportera datafilen.',
      tableCaption: 'Sparade säkerhetskopior, nyaste först',
      when: 'Tid',
      size: 'Storlek',
      action: 'Åtgärd',
      restore: 'Återställ',
      restoreLabel: 'Återställ säkerhetskopian {{when}}',
      encrypted: 'krypterad',
      failed: 'Den automatiska säkerhetskopian kunde inte sparas. {{reason}}',
      backUpNow: 'Säkerhetskopiera nu',
      written: 'Säkerhetskopian har sparats.',
      folderPickText:
        'Den här webbläsaren kan spara säkerhetskopior automatiskt i en mapp du väljer, till exempel mappen Dokument eller ett USB-minne. Välj mappen en gång; därefter sparar Talkoot en kopia några minuter efter en ändring.',
      chooseFolder: 'Välj mapp för säkerhetskopior',
      folderAllowText:
        'Webbläsaren frågar om lov på nytt efter en omstart: inga säkerhetskopior sparas i mappen {{folder}} förrän du ger lov.',
      allowFolder: 'Tillåt säkerhetskopior i mappen {{folder}}',
      browserFolderText:
        'Talkoot sparar en säkerhetskopia av alla uppgifter i den här mappen några minuter efter en ändring, medan programmet är öppet. Kopior sparas: de 5 senaste, en per dag i 14 dagar och en per månad i 12 månader.',
      importBackupCancelled:
        'Säkerhetskopian sparades inte, så medlemmarna importerades inte. Ingenting ändrades.',
      importBackupFailed:
        'Säkerhetskopian kunde inte sparas, så medlemmarna importerades inte. Ingenting ändrades. {{reason}}',
      browserText:
        'I en webbläsare kan Talkoot inte spara säkerhetskopior automatiskt. Exportera datafilen regelbundet (till exempel en gång i veckan) och förvara den på ett säkert ställe.',
      lastCopy: 'Senast sparade kopia av uppgifterna i den här webbläsaren: {{when}}',
      noCopy: 'Ingen kopia av uppgifterna har sparats i den här webbläsaren ännu.',
      copyOverdue:
        'Det har gått över 7 dagar sedan den senaste sparade kopian, eller så finns ingen kopia. Exportera datafilen nu så att uppgifterna inte går förlorade.',
      goToSettings: 'Säkerhetskopior och datafil i inställningarna',
      persisted: 'Webbläsaren har lovat att behålla uppgifterna även när diskutrymmet tar slut.',
      notPersisted:
        'Webbläsaren har inte lovat att behålla uppgifterna permanent: de kan försvinna om disken blir full eller webbläsarens data rensas. Exportera datafilen regelbundet.',
    },
    en: {
      title: 'Backups',
      autoText:
        'Talkoot saves a backup of all data automatically a few minutes after a change and when you close the app. Backups kept: the last 5, one a day for 14 days and one a month for 12 months.',
      folder: 'Backup folder',
      changeFolder: 'Change folder',
      folderChanged: 'Backups are now saved in {{folder}}.',
      last: 'Latest backup: {{when}}',
      none: 'No backups yet. The first is saved when you change something.',
      overdue:
        'No backup has been saved for over 7 days. Check that the folder is available, or export the data file.',
      tableCaption: 'Saved backups, newest first',
      when: 'Time',
      size: 'Size',
      action: 'Action',
      restore: 'Restore',
      restoreLabel: 'Restore the backup of {{when}}',
      encrypted: 'encrypted',
      failed: 'The automatic backup could not be saved. {{reason}}',
      backUpNow: 'Back up now',
      written: 'The backup has been saved.',
      folderPickText:
        'This browser can save backups automatically into a folder you choose, for example Documents or a USB stick. Choose the folder once; then Talkoot saves a copy a few minutes after each change.',
      chooseFolder: 'Choose a backup folder',
      folderAllowText:
        'After a restart the browser asks for permission again: no backups are saved in {{folder}} until you allow it.',
      allowFolder: 'Allow backups in {{folder}}',
      browserFolderText:
        'Talkoot saves a backup of all data in this folder a few minutes after a change, while the app is open. Backups kept: the last 5, one a day for 14 days and one a month for 12 months.',
      importBackupCancelled:
        'The backup was not saved, so the members were not imported. Nothing was changed.',
      importBackupFailed:
        'The backup could not be saved, so the members were not imported. Nothing was changed. {{reason}}',
      browserText:
        'In a browser, Talkoot cannot save backups automatically. Export the data file regularly (for example once a week) and keep it somewhere safe.',
      lastCopy: 'Last copy of the data saved in this browser: {{when}}',
      noCopy: 'No copy of the data has been saved in this browser yet.',
      copyOverdue:
        'It is over 7 days since the last saved copy, or there is none. Export the data file now so that nothing is lost.',
      goToSettings: 'Backups and the data file in Settings',
      persisted: 'The browser has promised to keep the data even when disk space runs low.',
      notPersisted:
        'The browser has not promised to keep the data permanently: it may be lost if the disk fills up or the browser data is cleared. Export the data file regularly.',
    },
  },
);

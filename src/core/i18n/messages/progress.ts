import { defineMessages } from '../defineMessages';

/** What the window says while a big file is checked and written. */
export const progressMessages = defineMessages(
  {
    title: 'Käsitellään tiedostoa',
    reading: 'Luetaan tiedostoa…',
    busy: 'Edellinen tiedosto on vielä käsittelyssä. Odota, kunnes se on valmis, ja yritä sitten uudelleen.',
    validating: 'Tarkistetaan tietueita: {{done}} / {{total}}',
    comparing: 'Verrataan tämän koneen tietoihin: {{done}} / {{total}}',
    checkingMerge: 'Tarkistetaan yhdistettyjä tietoja: {{done}} / {{total}}',
    backup: 'Tallennetaan varmuuskopio nykyisistä tiedoista…',
    writing: 'Tallennetaan tietueita: {{done}} / {{total}}',
    exporting: 'Kirjoitetaan datatiedostoa: {{done}} / {{total}} tietuetta',
    saving: 'Tallennetaan datatiedostoa…',
    exportWait: 'Tämä voi kestää hetken. Tietoihin ei tehdä muutoksia.',
    wait: 'Tämä voi kestää hetken. Älä sulje ikkunaa; mitään ei muuteta ennen kuin kaikki on tarkistettu.',
  },
  {
    sv: {
      title: 'Filen behandlas',
      reading: 'Filen läses…',
      busy: 'Den förra filen behandlas fortfarande. Vänta tills den är klar och försök sedan igen.',
      validating: 'Posterna kontrolleras: {{done}} / {{total}}',
      comparing: 'Jämförs med uppgifterna på den här datorn: {{done}} / {{total}}',
      checkingMerge: 'De sammanslagna uppgifterna kontrolleras: {{done}} / {{total}}',
      backup: 'En säkerhetskopia av nuvarande uppgifter sparas…',
      writing: 'Posterna sparas: {{done}} / {{total}}',
      exporting: 'Datafilen skrivs: {{done}} / {{total}} poster',
      saving: 'Datafilen sparas…',
      exportWait: 'Det här kan ta en stund. Inga uppgifter ändras.',
      wait: 'Det här kan ta en stund. Stäng inte fönstret; ingenting ändras förrän allt är kontrollerat.',
    },
    en: {
      title: 'Processing the file',
      reading: 'Reading the file…',
      busy: 'The previous file is still being processed. Wait until it is done, then try again.',
      validating: 'Checking records: {{done}} / {{total}}',
      comparing: 'Comparing with the data on this computer: {{done}} / {{total}}',
      checkingMerge: 'Checking the merged data: {{done}} / {{total}}',
      backup: 'Saving a backup of the current data…',
      writing: 'Saving records: {{done}} / {{total}}',
      exporting: 'Writing the data file: {{done}} / {{total}} records',
      saving: 'Saving the data file…',
      exportWait: 'This may take a moment. No data is changed.',
      wait: 'This may take a moment. Do not close the window; nothing changes until everything is checked.',
    },
  },
);

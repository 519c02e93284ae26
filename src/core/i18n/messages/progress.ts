import { defineMessages } from '../defineMessages';

/** What the window says while a big file is checked and written. */
export const progressMessages = defineMessages(
  {
    title: 'Käsitellään tiedostoa',
    reading: 'Luetaan tiedostoa…',
    busy: 'Edellinen tiedosto on vielä käsittelyssä. Odota, kunnes se on valmis, ja yritä sitten uudelleen.',
    validating: 'Tarkistetaan tietueita: {{done}} / {{total}}',
    backup: 'Tallennetaan varmuuskopio nykyisistä tiedoista…',
    writing: 'Tallennetaan tietueita: {{done}} / {{total}}',
    wait: 'Tämä voi kestää hetken. Älä sulje ikkunaa; mitään ei muuteta ennen kuin kaikki on tarkistettu.',
  },
  {
    sv: {
      title: 'Filen behandlas',
      reading: 'Filen läses…',
      busy: 'Den förra filen behandlas fortfarande. Vänta tills den är klar och försök sedan igen.',
      validating: 'Posterna kontrolleras: {{done}} / {{total}}',
      backup: 'En säkerhetskopia av nuvarande uppgifter sparas…',
      writing: 'Posterna sparas: {{done}} / {{total}}',
      wait: 'Det här kan ta en stund. Stäng inte fönstret; ingenting ändras förrän allt är kontrollerat.',
    },
    en: {
      title: 'Processing the file',
      reading: 'Reading the file…',
      busy: 'The previous file is still being processed. Wait until it is done, then try again.',
      validating: 'Checking records: {{done}} / {{total}}',
      backup: 'Saving a backup of the current data…',
      writing: 'Saving records: {{done}} / {{total}}',
      wait: 'This may take a moment. Do not close the window; nothing changes until everything is checked.',
    },
  },
);

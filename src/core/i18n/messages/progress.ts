import { defineMessages } from '../defineMessages';

/** What the window says while a big file is checked and written. */
export const progressMessages = defineMessages(
  {
    title: 'Käsitellään tiedostoa',
    validating: 'Tarkistetaan tietueita: {{done}} / {{total}}',
    backup: 'Tallennetaan varmuuskopio nykyisistä tiedoista…',
    writing: 'Tallennetaan tietueita: {{done}} / {{total}}',
    wait: 'Tämä voi kestää hetken. Älä sulje ikkunaa; mitään ei muuteta ennen kuin kaikki on tarkistettu.',
  },
  {
    sv: {
      title: 'Filen behandlas',
      validating: 'Posterna kontrolleras: {{done}} / {{total}}',
      backup: 'En säkerhetskopia av nuvarande uppgifter sparas…',
      writing: 'Posterna sparas: {{done}} / {{total}}',
      wait: 'Det här kan ta en stund. Stäng inte fönstret; ingenting ändras förrän allt är kontrollerat.',
    },
    en: {
      title: 'Processing the file',
      validating: 'Checking records: {{done}} / {{total}}',
      backup: 'Saving a backup of the current data…',
      writing: 'Saving records: {{done}} / {{total}}',
      wait: 'This may take a moment. Do not close the window; nothing changes until everything is checked.',
    },
  },
);

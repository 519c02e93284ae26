import { defineMessages } from '../defineMessages';

/** Errors any action can meet, for errorText (src/core/errors). Finnish is the source. */
export const errorsMessages = defineMessages(
  {
    unexpected:
      'Odottamaton virhe: toimintoa ei voitu tehdä. Tiedot ovat ennallaan. Yritä uudelleen; jos virhe toistuu, käynnistä ohjelma uudelleen.',
    storageFull:
      'Tietokoneen tallennustila on täynnä, joten tietoja ei voitu tallentaa. Tiedot ovat ennallaan. Vapauta tilaa ja yritä uudelleen.',
    storageClosed:
      'Tietokantaan ei juuri nyt saada yhteyttä. Tiedot ovat ennallaan. Sulje ohjelman muut ikkunat ja yritä uudelleen.',
    invalidRecord: 'Tietoja ei tallennettu, koska jokin kenttä on virheellinen. Tarkista tiedot.',
  },
  {
    sv: {
      unexpected:
        'Oväntat fel: åtgärden kunde inte utföras. Uppgifterna är oförändrade. Försök igen; om felet upprepas, starta om programmet.',
      storageFull:
        'Datorns lagringsutrymme är fullt, så uppgifterna kunde inte sparas. Uppgifterna är oförändrade. Frigör utrymme och försök igen.',
      storageClosed:
        'Databasen kan inte nås just nu. Uppgifterna är oförändrade. Stäng programmets andra fönster och försök igen.',
      invalidRecord:
        'Uppgifterna sparades inte eftersom något fält är felaktigt. Kontrollera uppgifterna.',
    },
    en: {
      unexpected:
        'Unexpected error: the action could not be done. Your data is unchanged. Try again; if it happens again, restart the program.',
      storageFull:
        "The computer's storage is full, so the data could not be saved. Your data is unchanged. Free some space and try again.",
      storageClosed:
        'The database cannot be reached right now. Your data is unchanged. Close the program’s other windows and try again.',
      invalidRecord: 'Nothing was saved because a field is not valid. Check the details.',
    },
  },
);

import { defineMessages } from '../defineMessages';

/** Messages of correcting and trashing hour entries and sessions. Finnish is the source language. */
export const hourEditMessages = defineMessages(
  {
    column: 'Muokkaa',
    editRow: 'Muokkaa',
    editRowLabel: 'Muokkaa kirjausta: {{person}}, {{date}}, {{duration}}',
    sessionRow: 'Kokoontuminen',
    sessionRowLabel: 'Muokkaa kokoontumista: {{person}}, {{date}}',
    changedAfterApproval: 'Odottaa (muutettu hyväksynnän jälkeen {{date}}, {{name}})',
    entry: {
      title: 'Muokkaa tuntikirjausta',
      fromSession:
        'Tämä kirjaus kuuluu kokoontumiseen. Henkilö, päivä ja toiminta muutetaan kokoontumisen kautta.',
      openSession: 'Muokkaa koko kokoontumista',
      save: 'Tallenna muutokset',
      cancel: 'Peruuta',
      trash: 'Siirrä roskakoriin',
      saved: 'Kirjaus korjattu: {{person}}, {{date}}, {{duration}}.',
      unchanged: 'Mitään ei muutettu.',
      trashed: 'Kirjaus siirretty roskakoriin: {{person}}, {{date}}, {{duration}}.',
      restored: 'Kirjaus palautettu: {{person}}, {{date}}.',
      undo: 'Kumoa',
      gone: 'Kirjausta ei enää löydy. Se on ehkä poistettu toisessa ikkunassa.',
    },
    session: {
      title: 'Muokkaa kokoontumista',
      intro:
        'Muutokset päivään, toimintaan ja osallistujiin tehdään myös kaikkien tämän kokoontumisen vapaaehtoisten kirjauksiin. Vapaaehtoinen, jolla on oma aika, pitää sen, ellet muuta sitä.',
      save: 'Tallenna kokoontuminen',
      trash: 'Siirrä kokoontuminen roskakoriin',
      saved: 'Kokoontuminen korjattu ({{date}}).',
      trashed_one: 'Kokoontuminen {{date}} ja yhden vapaaehtoisen tunnit siirretty roskakoriin.',
      trashed_other:
        'Kokoontuminen {{date}} ja {{count}} vapaaehtoisen tunnit siirretty roskakoriin.',
      restored: 'Kokoontuminen {{date}} ja sen tunnit palautettu.',
      gone: 'Kokoontumista ei enää löydy. Se on ehkä poistettu toisessa ikkunassa.',
    },
    times: {
      legend: 'Kunkin vapaaehtoisen aika',
      hint: 'Valmiina on oletusaika. Muuta niiden aikaa, joiden aika poikkesi (esimerkiksi ohjaaja 2 tuntia, apulainen 1 tunti).',
      label: 'Aika: {{name}}',
      own: 'oma aika',
      followsDefault: 'oletusaika',
      copied: 'kopioitu edellisestä',
    },
    prefill: {
      notice:
        'Tarkista ennen tallentamista: kentät, joissa lukee ”kopioitu edellisestä”, ovat edellisen kokoontumisen lukuja.',
      copied: 'Kopioitu edellisestä kokoontumisesta – tarkista.',
    },
    approved: {
      title: 'Kirjaus on jo hyväksytty',
      text: 'Muutos poistaa hyväksynnän: kirjaus odottaa sen jälkeen uutta hyväksyntää. Kirjaukseen merkitään, kuka sitä muutti ja milloin.',
      sessionText:
        'Osa tämän kokoontumisen kirjauksista on jo hyväksytty. Muutos poistaa niiden hyväksynnän: ne odottavat sen jälkeen uutta hyväksyntää, ja niihin merkitään, kuka niitä muutti ja milloin.',
      name: 'Nimesi',
      nameHint: 'Kuka tekee muutoksen.',
      confirm: 'Tallenna ja poista hyväksyntä',
      back: 'Palaa muokkaamaan',
    },
    duration: {
      unreadable: 'Kirjoita kesto esimerkiksi 1:30 tai 1,5.',
      zero: 'Kesto ei voi olla nolla. Jos kirjaus on turha, siirrä se roskakoriin.',
      tooLong:
        'Kesto on liian pitkä: yhteen kirjaukseen mahtuu enintään vuorokausi (24:00). Tarkista, mitä tarkoitit.',
      reads: 'Tallennetaan: {{duration}}',
      long: 'Tarkista: {{duration}} on pitkä aika yhdelle päivälle.',
    },
    errors: {
      changerRequired: 'Kirjoita nimesi.',
      changerTooLong: 'Nimi on liian pitkä (enintään 200 merkkiä).',
      badTime: 'Tietokoneen kello näyttää väärää aikaa. Tarkista kellonaika ja yritä uudelleen.',
      notFound: 'Kirjausta ei enää löydy. Se on ehkä poistettu toisessa ikkunassa.',
      inTrash: 'Kirjaus on roskakorissa. Palauta se ensin.',
      failed: 'Tallentaminen ei onnistunut, eikä mitään muutettu. Yritä uudelleen.',
    },
  },
  {
    sv: {
      column: 'Redigera',
      editRow: 'Redigera',
      editRowLabel: 'Redigera registreringen: {{person}}, {{date}}, {{duration}}',
      sessionRow: 'Träffen',
      sessionRowLabel: 'Redigera träffen: {{person}}, {{date}}',
      changedAfterApproval: 'Väntar (ändrad efter godkännandet {{date}}, {{name}})',
      entry: {
        title: 'Redigera timregistreringen',
        fromSession:
          'Registreringen hör till en träff. Person, datum och verksamhet ändras via träffen.',
        openSession: 'Redigera hela träffen',
        save: 'Spara ändringarna',
        cancel: 'Avbryt',
        trash: 'Flytta till papperskorgen',
        saved: 'Registreringen rättad: {{person}}, {{date}}, {{duration}}.',
        unchanged: 'Inget ändrades.',
        trashed: 'Registreringen flyttad till papperskorgen: {{person}}, {{date}}, {{duration}}.',
        restored: 'Registreringen återställd: {{person}}, {{date}}.',
        undo: 'Ångra',
        gone: 'Registreringen finns inte längre. Den har kanske tagits bort i ett annat fönster.',
      },
      session: {
        title: 'Redigera träffen',
        intro:
          'Ändringar av datum, verksamhet och deltagare görs också i alla frivilligas registreringar för träffen. En frivillig med egen tid behåller den, om du inte ändrar den.',
        save: 'Spara träffen',
        trash: 'Flytta träffen till papperskorgen',
        saved: 'Träffen rättad ({{date}}).',
        trashed_one: 'Träffen {{date}} och en frivilligs timmar flyttade till papperskorgen.',
        trashed_other:
          'Träffen {{date}} och {{count}} frivilligas timmar flyttade till papperskorgen.',
        restored: 'Träffen {{date}} och dess timmar återställda.',
        gone: 'Träffen finns inte längre. Den har kanske tagits bort i ett annat fönster.',
      },
      times: {
        legend: 'Varje frivilligs tid',
        hint: 'Standardtiden är ifylld. Ändra tiden för dem vars tid var annorlunda (till exempel ledaren 2 timmar, hjälparen 1 timme).',
        label: 'Tid: {{name}}',
        own: 'egen tid',
        followsDefault: 'standardtid',
        copied: 'kopierad från förra',
      },
      prefill: {
        notice:
          'Kontrollera innan du sparar: fälten märkta ”kopierad från förra” har förra träffens siffror.',
        copied: 'Kopierad från förra träffen – kontrollera.',
      },
      approved: {
        title: 'Registreringen är redan godkänd',
        text: 'Ändringen tar bort godkännandet: registreringen väntar sedan på ett nytt godkännande. Det antecknas vem som ändrade den och när.',
        sessionText:
          'En del av träffens registreringar är redan godkända. Ändringen tar bort deras godkännande: de väntar sedan på ett nytt godkännande, och det antecknas vem som ändrade dem och när.',
        name: 'Ditt namn',
        nameHint: 'Vem som gör ändringen.',
        confirm: 'Spara och ta bort godkännandet',
        back: 'Tillbaka till redigeringen',
      },
      duration: {
        unreadable: 'Skriv tiden till exempel 1:30 eller 1,5.',
        zero: 'Tiden kan inte vara noll. Om registreringen är onödig, flytta den till papperskorgen.',
        tooLong:
          'Tiden är för lång: en registrering rymmer högst ett dygn (24:00). Kontrollera vad du menade.',
        reads: 'Sparas som: {{duration}}',
        long: 'Kontrollera: {{duration}} är en lång tid för en dag.',
      },
      errors: {
        changerRequired: 'Skriv ditt namn.',
        changerTooLong: 'Namnet är för långt (högst 200 tecken).',
        badTime: 'Datorns klocka visar fel tid. Kontrollera klockan och försök igen.',
        notFound:
          'Registreringen finns inte längre. Den har kanske tagits bort i ett annat fönster.',
        inTrash: 'Registreringen ligger i papperskorgen. Återställ den först.',
        failed: 'Det gick inte att spara, och ingenting ändrades. Försök igen.',
      },
    },
    en: {
      column: 'Edit',
      editRow: 'Edit',
      editRowLabel: 'Edit entry: {{person}}, {{date}}, {{duration}}',
      sessionRow: 'Meeting',
      sessionRowLabel: 'Edit meeting: {{person}}, {{date}}',
      changedAfterApproval: 'Waiting (changed after approval on {{date}} by {{name}})',
      entry: {
        title: 'Edit hour entry',
        fromSession:
          'This entry belongs to a meeting. The person, day and activity are changed through the meeting.',
        openSession: 'Edit the whole meeting',
        save: 'Save changes',
        cancel: 'Cancel',
        trash: 'Move to trash',
        saved: 'Entry corrected: {{person}}, {{date}}, {{duration}}.',
        unchanged: 'Nothing was changed.',
        trashed: 'Entry moved to the trash: {{person}}, {{date}}, {{duration}}.',
        restored: 'Entry restored: {{person}}, {{date}}.',
        undo: 'Undo',
        gone: 'The entry is no longer there. It may have been deleted in another window.',
      },
      session: {
        title: 'Edit meeting',
        intro:
          'Changes to the day, activity and participants are also made to every volunteer’s entry of this meeting. A volunteer with their own time keeps it unless you change it.',
        save: 'Save meeting',
        trash: 'Move meeting to trash',
        saved: 'Meeting corrected ({{date}}).',
        trashed_one: 'The meeting of {{date}} and one volunteer’s hours moved to the trash.',
        trashed_other:
          'The meeting of {{date}} and {{count}} volunteers’ hours moved to the trash.',
        restored: 'The meeting of {{date}} and its hours restored.',
        gone: 'The meeting is no longer there. It may have been deleted in another window.',
      },
      times: {
        legend: 'Each volunteer’s time',
        hint: 'The default time is filled in. Change it for those whose time differed (for example the leader 2 hours, a helper 1 hour).',
        label: 'Time: {{name}}',
        own: 'own time',
        followsDefault: 'default time',
        copied: 'copied from last time',
      },
      prefill: {
        notice:
          'Check before saving: the fields marked “copied from last time” hold the previous meeting’s figures.',
        copied: 'Copied from the previous meeting – please check.',
      },
      approved: {
        title: 'This entry is already approved',
        text: 'The change removes the approval: the entry then waits for a new approval. Who changed it and when is noted on it.',
        sessionText:
          'Some entries of this meeting are already approved. The change removes their approval: they then wait for a new approval, and who changed them and when is noted on them.',
        name: 'Your name',
        nameHint: 'Who is making the change.',
        confirm: 'Save and remove the approval',
        back: 'Back to editing',
      },
      duration: {
        unreadable: 'Type the length as, for example, 1:30 or 1.5.',
        zero: 'The length cannot be zero. If the entry is not needed, move it to the trash.',
        tooLong:
          'The length is too long: one entry holds at most a day (24:00). Check what you meant.',
        reads: 'Will be saved as: {{duration}}',
        long: 'Please check: {{duration}} is a long time for one day.',
      },
      errors: {
        changerRequired: 'Type your name.',
        changerTooLong: 'The name is too long (at most 200 characters).',
        badTime: 'The computer’s clock shows the wrong time. Check the clock and try again.',
        notFound: 'The entry is no longer there. It may have been deleted in another window.',
        inTrash: 'The entry is in the trash. Restore it first.',
        failed: 'Saving did not work, and nothing was changed. Please try again.',
      },
    },
  },
);

import { defineMessages } from '../defineMessages';

/** The shared date field and its calendar. Finnish is the source language. */
export const dateFieldMessages = defineMessages(
  {
    placeholder: 'esim. {{example}}',
    invalid: '”{{value}}” ei ole päivämäärä. Kirjoita päivä muodossa {{example}}.',
    outOfRange: 'Päivämäärän pitää olla välillä {{min}}–{{max}}.',
    openCalendar: 'Avaa kalenteri',
    calendar: {
      previousMonth: 'Edellinen kuukausi',
      nextMonth: 'Seuraava kuukausi',
      previousYear: 'Edellinen vuosi',
      nextYear: 'Seuraava vuosi',
      previousDecade: 'Edellinen vuosikymmen',
      nextDecade: 'Seuraava vuosikymmen',
      monthLevelControl: 'Valitse kuukausi',
      yearLevelControl: 'Valitse vuosi',
    },
    emptyPeriod: {
      title: 'Jaksolta ei ole merkintöjä',
      body: 'Jaksolle {{period}} ei ole kirjattu tunteja, kokoontumisia eikä jäsenten liittymisiä tai eroamisia. Raportin luvut ovat nollia. Tehdäänkö PDF silti?',
      make: 'Tee PDF silti',
      cancel: 'Peruuta',
    },
  },
  {
    sv: {
      placeholder: 't.ex. {{example}}',
      invalid: '”{{value}}” är inget datum. Skriv dagen som {{example}}.',
      outOfRange: 'Datumet ska vara mellan {{min}} och {{max}}.',
      openCalendar: 'Öppna kalendern',
      calendar: {
        previousMonth: 'Föregående månad',
        nextMonth: 'Nästa månad',
        previousYear: 'Föregående år',
        nextYear: 'Nästa år',
        previousDecade: 'Föregående årtionde',
        nextDecade: 'Nästa årtionde',
        monthLevelControl: 'Välj månad',
        yearLevelControl: 'Välj år',
      },
      emptyPeriod: {
        title: 'Inga anteckningar för perioden',
        body: 'För perioden {{period}} finns inga timmar, sammankomster eller medlemmar som anslutit sig eller utträtt. Rapportens siffror är nollor. Vill du ändå göra PDF-filen?',
        make: 'Gör PDF ändå',
        cancel: 'Avbryt',
      },
    },
    en: {
      placeholder: 'e.g. {{example}}',
      invalid: '“{{value}}” is not a date. Write the day as {{example}}.',
      outOfRange: 'The date must be between {{min}} and {{max}}.',
      openCalendar: 'Open the calendar',
      calendar: {
        previousMonth: 'Previous month',
        nextMonth: 'Next month',
        previousYear: 'Previous year',
        nextYear: 'Next year',
        previousDecade: 'Previous decade',
        nextDecade: 'Next decade',
        monthLevelControl: 'Choose a month',
        yearLevelControl: 'Choose a year',
      },
      emptyPeriod: {
        title: 'Nothing recorded in this period',
        body: 'No hours, sessions, or members joining or leaving are recorded for {{period}}. The report’s figures are all zero. Make the PDF anyway?',
        make: 'Make the PDF anyway',
        cancel: 'Cancel',
      },
    },
  },
);

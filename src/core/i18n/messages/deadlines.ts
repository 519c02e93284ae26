import { defineMessages } from '../defineMessages';

/** Grant deadlines on the home page and in the calendar file. Finnish is the source language. */
export const deadlinesMessages = defineMessages(
  {
    heading: 'Määräajat',
    intro_one:
      'Avustusten hakuajat, raporttien määräpäivät ja käyttöajat seuraavan {{count}} päivän ajalta sekä myöhässä olevat.',
    intro_other:
      'Avustusten hakuajat, raporttien määräpäivät ja käyttöajat seuraavan {{count}} päivän ajalta sekä myöhässä olevat.',
    none_one: 'Ei avustusten määräaikoja seuraavan {{count}} päivän aikana.',
    none_other: 'Ei avustusten määräaikoja seuraavan {{count}} päivän aikana.',
    today: 'tänään',
    daysLeft_one: '{{count}} päivän päästä',
    daysLeft_other: '{{count}} päivän päästä',
    overdue_one: 'Myöhässä {{count}} päivä',
    overdue_other: 'Myöhässä {{count}} päivää',
    addToCalendar: 'Lisää kalenteriin',
    calendarSaved: 'Määräajat tallennettiin tiedostoon {{name}}.',
    calendarFailed: 'Kalenteritiedostoa ei voitu tallentaa: {{reason}}',
    fileName: 'avustusten-maaraajat',
    calendarFilter: 'Kalenteri',
    calendarName: 'Avustusten määräajat',
    eventTitle: '{{kind}}: {{grant}}',
    noDeadlines: 'Ei määräaikoja.',
  },
  {
    sv: {
      heading: 'Tidsfrister',
      intro_one:
        'Ansökningstider, rapporters förfallodagar och användningstider för bidrag den kommande {{count}} dagen samt de försenade.',
      intro_other:
        'Ansökningstider, rapporters förfallodagar och användningstider för bidrag de kommande {{count}} dagarna samt de försenade.',
      none_one: 'Inga tidsfrister för bidrag den kommande {{count}} dagen.',
      none_other: 'Inga tidsfrister för bidrag de kommande {{count}} dagarna.',
      today: 'i dag',
      daysLeft_one: 'om {{count}} dag',
      daysLeft_other: 'om {{count}} dagar',
      overdue_one: 'Försenad {{count}} dag',
      overdue_other: 'Försenad {{count}} dagar',
      addToCalendar: 'Lägg till i kalendern',
      calendarSaved: 'Tidsfristerna sparades i filen {{name}}.',
      calendarFailed: 'Kalenderfilen kunde inte sparas: {{reason}}',
      fileName: 'bidragens-tidsfrister',
      calendarFilter: 'Kalender',
      calendarName: 'Bidragens tidsfrister',
      eventTitle: '{{kind}}: {{grant}}',
      noDeadlines: 'Inga tidsfrister.',
    },
    en: {
      heading: 'Deadlines',
      intro_one:
        'Grant application deadlines, report due dates and use-by dates of the next {{count}} day, and the overdue ones.',
      intro_other:
        'Grant application deadlines, report due dates and use-by dates of the next {{count}} days, and the overdue ones.',
      none_one: 'No grant deadlines in the next {{count}} day.',
      none_other: 'No grant deadlines in the next {{count}} days.',
      today: 'today',
      daysLeft_one: 'in {{count}} day',
      daysLeft_other: 'in {{count}} days',
      overdue_one: 'Overdue by {{count}} day',
      overdue_other: 'Overdue by {{count}} days',
      addToCalendar: 'Add to calendar',
      calendarSaved: 'The deadlines were saved to {{name}}.',
      calendarFailed: 'The calendar file could not be saved: {{reason}}',
      fileName: 'grant-deadlines',
      calendarFilter: 'Calendar',
      calendarName: 'Grant deadlines',
      eventTitle: '{{kind}}: {{grant}}',
      noDeadlines: 'No deadlines.',
    },
  },
);

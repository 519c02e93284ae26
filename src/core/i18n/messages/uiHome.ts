import { defineMessages } from '../defineMessages';

/** The home page. Part of the `ui` area; Finnish is the source. */
export const uiHomeMessages = defineMessages(
  {
    home: {
      title: 'Etusivu',
      yearFigures: 'Vuoden {{year}} luvut',
      upTo: 'Ajalta {{from}}–{{to}}',
      members: 'Jäseniä',
      joined: 'Uusia jäseniä',
      left: 'Eronneita jäseniä',
      volunteers: 'Vapaaehtoisia',
      volunteerHours: 'Vapaaehtoistunteja',
      volunteerValue: 'Vapaaehtoistyön arvo',
      valueNote: '{{rate}}/h – {{source}}',
      sessions: 'Kokoontumisia',
      participants: 'Osallistumiskertoja',
      activities: 'Toimintoja käynnissä',
      byActivity: 'Toiminnat tänä vuonna',
    },
  },
  {
    sv: {
      home: {
        title: 'Startsida',
        yearFigures: 'Siffror för {{year}}',
        upTo: 'Perioden {{from}}–{{to}}',
        members: 'Medlemmar',
        joined: 'Nya medlemmar',
        left: 'Utträdda medlemmar',
        volunteers: 'Frivilliga',
        volunteerHours: 'Frivilligtimmar',
        volunteerValue: 'Frivilligarbetets värde',
        valueNote: '{{rate}}/h – {{source}}',
        sessions: 'Träffar',
        participants: 'Deltagargånger',
        activities: 'Verksamheter i gång',
        byActivity: 'Verksamheten i år',
      },
    },
    en: {
      home: {
        title: 'Home',
        yearFigures: 'Figures for {{year}}',
        upTo: 'Period {{from}}–{{to}}',
        members: 'Members',
        joined: 'New members',
        left: 'Members who left',
        volunteers: 'Volunteers',
        volunteerHours: 'Volunteer hours',
        volunteerValue: 'Value of volunteer work',
        valueNote: '{{rate}}/h – {{source}}',
        sessions: 'Sessions',
        participants: 'Participations',
        activities: 'Activities running',
        byActivity: 'Activities this year',
      },
    },
  },
);

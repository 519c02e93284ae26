import { defineMessages } from '../defineMessages';

/** The Activities page. Part of the `ui` area; Finnish is the source. */
export const uiActivitiesMessages = defineMessages(
  {
    activities: {
      title: 'Toiminta',
      name: 'Nimi',
      type: 'Tyyppi',
      municipality: 'Kunta',
      sessions: 'Kokoontumisia',
      participants: 'Osallistumisia',
      volunteerHours: 'Vapaaehtoistunteja',
      types: {
        peerSupportGroup: 'Vertaistukiryhmä',
        eventSeries: 'Tapahtumasarja',
        advocacy: 'Vaikuttamistyö',
        training: 'Koulutus',
        boardWork: 'Hallitustyö',
        other: 'Muu',
      },
    },
  },
  {
    sv: {
      activities: {
        title: 'Verksamhet',
        name: 'Namn',
        type: 'Typ',
        municipality: 'Kommun',
        sessions: 'Träffar',
        participants: 'Deltagargånger',
        volunteerHours: 'Frivilligtimmar',
        types: {
          peerSupportGroup: 'Kamratstödsgrupp',
          eventSeries: 'Evenemangsserie',
          advocacy: 'Påverkansarbete',
          training: 'Utbildning',
          boardWork: 'Styrelsearbete',
          other: 'Annat',
        },
      },
    },
    en: {
      activities: {
        title: 'Activities',
        name: 'Name',
        type: 'Type',
        municipality: 'Municipality',
        sessions: 'Sessions',
        participants: 'Participations',
        volunteerHours: 'Volunteer hours',
        types: {
          peerSupportGroup: 'Peer-support group',
          eventSeries: 'Event series',
          advocacy: 'Advocacy',
          training: 'Training',
          boardWork: 'Board work',
          other: 'Other',
        },
      },
    },
  },
);

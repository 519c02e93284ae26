import { defineMessages } from '../defineMessages';

/** The Reports page frame. Part of the `ui` area; Finnish is the source. */
export const uiReportsMessages = defineMessages(
  {
    reports: {
      title: 'Raportit',
      intro: 'Valitse vuosi nähdäksesi toiminnan luvut toiminnoittain ja tuntilajeittain.',
      byActivity: 'Toiminnoittain',
      byKind: 'Vapaaehtoistunnit lajeittain',
      kind: 'Laji',
      hours: 'Tunnit',
    },
  },
  {
    sv: {
      reports: {
        title: 'Rapporter',
        intro: 'Välj år för att se verksamhetens siffror per verksamhet och timtyp.',
        byActivity: 'Per verksamhet',
        byKind: 'Frivilligtimmar per typ',
        kind: 'Typ',
        hours: 'Timmar',
      },
    },
    en: {
      reports: {
        title: 'Reports',
        intro: 'Choose a year to see the figures by activity and by kind of volunteer work.',
        byActivity: 'By activity',
        byKind: 'Volunteer hours by kind',
        kind: 'Kind',
        hours: 'Hours',
      },
    },
  },
);

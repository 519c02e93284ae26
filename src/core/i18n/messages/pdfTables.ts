import { defineMessages } from '../defineMessages';

/**
 * Headers of the tables every report prints the same way (core/pdf). Finnish
 * is the source language; hours come from `reports.common`.
 */
export const pdfTablesMessages = defineMessages(
  {
    activityFigures: {
      activity: 'Toiminto',
      sessions: 'Kokoontumiset',
      participants: 'Osallistujat',
    },
  },
  {
    sv: {
      activityFigures: {
        activity: 'Verksamhet',
        sessions: 'Sammankomster',
        participants: 'Deltagare',
      },
    },
    en: {
      activityFigures: {
        activity: 'Activity',
        sessions: 'Sessions',
        participants: 'Participants',
      },
    },
  },
);

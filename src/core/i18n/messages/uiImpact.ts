import { defineMessages } from '../defineMessages';

/** The Impact page frame. Part of the `ui` area; Finnish is the source. */
export const uiImpactMessages = defineMessages(
  {
    impact: {
      title: 'Vaikuttavuus',
      date: 'Päivä',
      type: 'Tyyppi',
      text: 'Teksti',
      consent: 'Saa julkaista',
      types: {
        participantStory: 'Osallistujan tarina',
        quote: 'Lainaus',
        feedback: 'Palaute',
        outcome: 'Tulos',
        observation: 'Havainto',
        media: 'Media',
      },
    },
  },
  {
    sv: {
      impact: {
        title: 'Genomslag',
        date: 'Datum',
        type: 'Typ',
        text: 'Text',
        consent: 'Får publiceras',
        types: {
          participantStory: 'Deltagarens berättelse',
          quote: 'Citat',
          feedback: 'Respons',
          outcome: 'Resultat',
          observation: 'Observation',
          media: 'Media',
        },
      },
    },
    en: {
      impact: {
        title: 'Impact',
        date: 'Date',
        type: 'Type',
        text: 'Text',
        consent: 'May be published',
        types: {
          participantStory: 'Participant story',
          quote: 'Quote',
          feedback: 'Feedback',
          outcome: 'Outcome',
          observation: 'Observation',
          media: 'Media',
        },
      },
    },
  },
);

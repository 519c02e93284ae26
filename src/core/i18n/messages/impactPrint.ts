import { defineMessages } from '../defineMessages';

/**
 * How an impact note prints in a report (grant, advocacy, annual). Finnish
 * and Swedish quote with ” on both sides, English with “ ”.
 */
export const impactPrintMessages = defineMessages(
  {
    quoted: '”{{text}}”',
    feedbackFigures_one: '{{count}} vastaus, keskiarvo {{average}} / 5',
    feedbackFigures_other: '{{count}} vastausta, keskiarvo {{average}} / 5',
    citation: '{{outlet}}, {{date}}',
    typeDate: '{{type}}, {{date}}',
    types: {
      participantStory: 'osallistujan tarina',
      quote: 'lainaus',
      feedback: 'palaute',
      outcome: 'tulos',
      observation: 'havainto',
      media: 'mediassa',
    },
  },
  {
    sv: {
      quoted: '”{{text}}”',
      feedbackFigures_one: '{{count}} svar, medelvärde {{average}} / 5',
      feedbackFigures_other: '{{count}} svar, medelvärde {{average}} / 5',
      citation: '{{outlet}}, {{date}}',
      typeDate: '{{type}}, {{date}}',
      types: {
        participantStory: 'deltagarens berättelse',
        quote: 'citat',
        feedback: 'respons',
        outcome: 'resultat',
        observation: 'iakttagelse',
        media: 'i medierna',
      },
    },
    en: {
      quoted: '“{{text}}”',
      feedbackFigures_one: '{{count}} answer, average {{average}} / 5',
      feedbackFigures_other: '{{count}} answers, average {{average}} / 5',
      citation: '{{outlet}}, {{date}}',
      typeDate: '{{type}}, {{date}}',
      types: {
        participantStory: 'participant story',
        quote: 'quote',
        feedback: 'feedback',
        outcome: 'outcome',
        observation: 'observation',
        media: 'in the media',
      },
    },
  },
);

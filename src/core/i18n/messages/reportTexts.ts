import { defineMessages } from '../defineMessages';

/**
 * The reports' own texts per language: the editor on the Reports page, its
 * notice when the PDF language has no texts of its own, and the PDF's mark on
 * a text printed in Finnish under a translated heading.
 */
export const reportTextsMessages = defineMessages(
  {
    fields: {
      whatWeDo: 'Mitä teemme',
      advocacyMessages: 'Viestimme',
      advocacyAsks: 'Toiveemme ja pyyntömme',
      annualHighlights: 'Vuoden kohokohdat',
      annualNotDone: 'Suunniteltu, mutta ei toteutunut',
      grantResults: 'Tulokset: mitä avustuksella saatiin aikaan',
      grantDeviations: 'Poikkeamat suunnitelmasta ja niiden syyt',
    },
    languageTabs: 'Tekstien kieli',
    tab: '{{language}}',
    tabEmpty: '{{language}} (ei tekstejä)',
    startFromFinnish: 'Aloita suomenkielisestä tekstistä',
    startFromFinnishHelp:
      'Kopioi suomenkieliset tekstit tämän kielen tyhjiin kenttiin, jotta voit kääntää ne.',
    copied: 'Suomenkieliset tekstit kopioitu. Muista kääntää ja tallentaa.',
    missingNotice:
      'Tällä kielellä ei ole omia tekstejä kohtiin: {{fields}}. PDF:ään tulostetaan niiden kohdalle suomenkielinen teksti merkittynä suomenkieliseksi. Voit kirjoittaa omat tekstit alla.',
    missingTitle: 'Osa teksteistä on vain suomeksi',
    inFinnishOnly: 'Tämä teksti on vain suomeksi.',
  },
  {
    sv: {
      fields: {
        whatWeDo: 'Vad vi gör',
        advocacyMessages: 'Våra budskap',
        advocacyAsks: 'Våra önskemål',
        annualHighlights: 'Årets höjdpunkter',
        annualNotDone: 'Planerat men inte genomfört',
        grantResults: 'Resultat: vad understödet åstadkom',
        grantDeviations: 'Avvikelser från planen och orsakerna till dem',
      },
      languageTabs: 'Texternas språk',
      tab: '{{language}}',
      tabEmpty: '{{language}} (inga texter)',
      startFromFinnish: 'Börja från den finska texten',
      startFromFinnishHelp:
        'Kopierar de finska texterna till de tomma fälten på det här språket så att du kan översätta dem.',
      copied: 'De finska texterna har kopierats. Kom ihåg att översätta och spara.',
      missingNotice:
        'Det finns inga egna texter på det här språket för: {{fields}}. I PDF:en skrivs den finska texten ut där, märkt som finsk. Du kan skriva egna texter nedan.',
      missingTitle: 'En del texter finns bara på finska',
      inFinnishOnly: 'Den här texten finns bara på finska.',
    },
    en: {
      fields: {
        whatWeDo: 'What we do',
        advocacyMessages: 'Our messages',
        advocacyAsks: 'Our asks',
        annualHighlights: 'Highlights of the year',
        annualNotDone: 'Planned but not done',
        grantResults: 'Results: what the grant achieved',
        grantDeviations: 'Deviations from the plan, and why',
      },
      languageTabs: 'Language of the texts',
      tab: '{{language}}',
      tabEmpty: '{{language}} (no texts)',
      startFromFinnish: 'Start from the Finnish text',
      startFromFinnishHelp:
        'Copies the Finnish texts into the empty fields of this language so that you can translate them.',
      copied: 'Finnish texts copied. Remember to translate and save.',
      missingNotice:
        'This language has no texts of its own for: {{fields}}. The PDF prints the Finnish text there, marked as Finnish. You can write the texts below.',
      missingTitle: 'Some texts are in Finnish only',
      inFinnishOnly: 'This text is in Finnish only.',
    },
  },
);

import { defineMessages } from '../defineMessages';

/** Messages of the Reports page. Finnish is the source language. */
export const reportsPageMessages = defineMessages(
  {
    intro:
      'Valitse raportti, ajanjakso ja kieli. Esikatselu näyttää raportin tärkeimmät luvut; PDF tallennetaan valitsemaasi paikkaan.',
    report: 'Raportti',
    kinds: {
      grant: 'Avustuksen käyttöselvitys',
      advocacy: 'Vaikuttamistyön yhteenveto',
      annual: 'Toimintakertomus',
    },
    kindHelp: {
      grant:
        'Kunnalle, hyvinvointialueelle tai säätiölle: mitä avustuksella tehtiin ja mihin raha käytettiin.',
      advocacy:
        'Päättäjille: yksi tai kaksi sivua luvuista, osallistujien äänistä ja viesteistämme.',
      annual: 'Vuosikokoukselle: jäsenet, hallitus, toiminta, tunnit, avustukset ja kohokohdat.',
    },
    grant: 'Avustus',
    year: 'Vuosi',
    from: 'Alkaen',
    to: 'Päättyen',
    municipality: 'Kunta',
    allMunicipalities: 'Kaikki kunnat',
    language: 'Raportin kieli',
    notes: 'Vaikuttavuusmuistiinpanot raporttiin',
    notesHelp:
      'Vain muistiinpanot, joilla on julkaisulupa. Jos et valitse mitään, raportti valitsee tuoreimmat itse.',
    noNotes: 'Ajanjaksolta ei ole julkaistavia muistiinpanoja.',
    texts: 'Raportin tekstit',
    textsHelp:
      'Tekstit tallentuvat yhdistyksen tietoihin ja ovat valmiina ensi kerralla. Jokainen rivi on oma kappaleensa tai luettelokohtansa.',
    saveTexts: 'Tallenna tekstit',
    textsSaved: 'Tekstit tallennettu.',
    preview: 'Esikatselu',
    previewHeading: 'Esikatselu: {{report}}, {{period}}',
    make: 'Tallenna PDF',
    making: 'Tehdään PDF:ää… {{percent}} %',
    saved: 'Raportti tallennettu: {{name}}',
    failed: 'Raporttia ei voitu tehdä: {{reason}}',
    badPeriod: 'Tarkista päivämäärät: alkupäivän pitää olla ennen loppupäivää.',
    noGrants:
      'Avustuksia, jotka yhdistys on saanut, ei ole vielä kirjattu. Käyttöselvitys tehdään myönnetystä avustuksesta.',
    cannotPreview: 'Raporttia ei voi vielä tehdä: {{reason}}',
    notesAuto:
      'Valittu automaattisesti: ensin kohokohdat, sitten tuoreimmat julkaistavat muistiinpanot.',
    notesMax_one: 'Tähän raporttiin mahtuu {{count}} muistiinpano.',
    notesMax_other: 'Tähän raporttiin mahtuu enintään {{count}} muistiinpanoa.',
    figures: {
      sessions: 'Kokoontumiset',
      participants: 'Osallistujat',
      estimatedParticipants: 'joista arvioitu',
      volunteers: 'Vapaaehtoiset',
      volunteerMinutes: 'Vapaaehtoistunnit',
      volunteerValue: 'Vapaaehtoistyön arvo',
      spent: 'Käytetty',
      unused: 'Käyttämättä',
      overspent: 'Ylitys',
      peopleReached: 'Kohtaamiset',
      members: 'Jäsenet',
      membersEnd: 'Jäseniä lopussa',
      joined: 'Liittyneet',
      left: 'Eronneet',
      activities: 'Toiminnot',
      grantsSpent: 'Avustuksia käytetty',
    },
  },
  {
    sv: {
      intro:
        'Välj rapport, period och språk. Förhandsvisningen visar rapportens viktigaste siffror; PDF-filen sparas där du väljer.',
      report: 'Rapport',
      kinds: {
        grant: 'Redovisning av understöd',
        advocacy: 'Sammanfattning av påverkansarbetet',
        annual: 'Verksamhetsberättelse',
      },
      kindHelp: {
        grant:
          'Till kommunen, välfärdsområdet eller en stiftelse: vad understödet användes till och hur pengarna använts.',
        advocacy:
          'Till beslutsfattare: en eller två sidor med siffror, deltagarnas röster och våra budskap.',
        annual:
          'Till årsmötet: medlemmar, styrelse, verksamhet, timmar, understöd och höjdpunkter.',
      },
      grant: 'Understöd',
      year: 'År',
      from: 'Från',
      to: 'Till',
      municipality: 'Kommun',
      allMunicipalities: 'Alla kommuner',
      language: 'Rapportens språk',
      notes: 'Anteckningar om genomslag i rapporten',
      notesHelp:
        'Endast anteckningar med publiceringstillstånd. Väljer du inget väljer rapporten de senaste själv.',
      noNotes: 'Inga publicerbara anteckningar under perioden.',
      texts: 'Rapportens texter',
      textsHelp:
        'Texterna sparas i föreningens uppgifter och finns kvar till nästa gång. Varje rad blir ett eget stycke eller en egen punkt.',
      saveTexts: 'Spara texterna',
      textsSaved: 'Texterna sparade.',
      preview: 'Förhandsvisning',
      previewHeading: 'Förhandsvisning: {{report}}, {{period}}',
      make: 'Spara PDF',
      making: 'PDF görs… {{percent}} %',
      saved: 'Rapporten sparad: {{name}}',
      failed: 'Rapporten kunde inte göras: {{reason}}',
      badPeriod: 'Kontrollera datumen: startdatumet ska vara före slutdatumet.',
      noGrants:
        'Inga understöd som föreningen fått har registrerats ännu. Redovisningen görs för ett beviljat understöd.',
      cannotPreview: 'Rapporten kan inte göras ännu: {{reason}}',
      notesAuto:
        'Valda automatiskt: först höjdpunkterna, sedan de senaste anteckningarna som får publiceras.',
      notesMax_one: 'Rapporten rymmer {{count}} anteckning.',
      notesMax_other: 'Rapporten rymmer högst {{count}} anteckningar.',
      figures: {
        sessions: 'Sammankomster',
        participants: 'Deltagare',
        estimatedParticipants: 'varav uppskattade',
        volunteers: 'Frivilliga',
        volunteerMinutes: 'Frivilligtimmar',
        volunteerValue: 'Frivilligarbetets värde',
        spent: 'Använt',
        unused: 'Oanvänt',
        overspent: 'Överskridning',
        peopleReached: 'Möten',
        members: 'Medlemmar',
        membersEnd: 'Medlemmar vid slutet',
        joined: 'Anslutna',
        left: 'Utträdda',
        activities: 'Verksamheter',
        grantsSpent: 'Understöd använda',
      },
    },
    en: {
      intro:
        'Choose the report, period and language. The preview shows the report’s main figures; the PDF is saved where you choose.',
      report: 'Report',
      kinds: {
        grant: 'Grant usage report',
        advocacy: 'Advocacy summary',
        annual: 'Annual activity summary',
      },
      kindHelp: {
        grant:
          'For the municipality, wellbeing services county or a foundation: what the grant did and where the money went.',
        advocacy:
          'For decision makers: one or two pages of figures, participants’ voices and our messages.',
        annual: 'For the annual meeting: members, board, activities, hours, grants and highlights.',
      },
      grant: 'Grant',
      year: 'Year',
      from: 'From',
      to: 'To',
      municipality: 'Municipality',
      allMunicipalities: 'All municipalities',
      language: 'Language of the report',
      notes: 'Impact notes in the report',
      notesHelp:
        'Only notes with consent to publish. If you choose none, the report picks the newest itself.',
      noNotes: 'No publishable notes in the period.',
      texts: 'Texts of the report',
      textsHelp:
        'The texts are saved with the association’s details, ready for next time. Each line becomes a paragraph or a bullet.',
      saveTexts: 'Save texts',
      textsSaved: 'Texts saved.',
      preview: 'Preview',
      previewHeading: 'Preview: {{report}}, {{period}}',
      make: 'Save PDF',
      making: 'Making the PDF… {{percent}} %',
      saved: 'Report saved: {{name}}',
      failed: 'The report could not be made: {{reason}}',
      badPeriod: 'Check the dates: the start must come before the end.',
      noGrants:
        'No grants received by the association are recorded yet. The usage report is made for a granted grant.',
      cannotPreview: 'The report cannot be made yet: {{reason}}',
      notesAuto:
        'Chosen automatically: highlights first, then the newest notes that may be published.',
      notesMax_one: 'This report has room for {{count}} note.',
      notesMax_other: 'This report has room for at most {{count}} notes.',
      figures: {
        sessions: 'Sessions',
        participants: 'Participants',
        estimatedParticipants: 'of which estimated',
        volunteers: 'Volunteers',
        volunteerMinutes: 'Volunteer hours',
        volunteerValue: 'Value of volunteer work',
        spent: 'Spent',
        unused: 'Unused',
        overspent: 'Overspent',
        peopleReached: 'Encounters',
        members: 'Members',
        membersEnd: 'Members at the end',
        joined: 'Joined',
        left: 'Left',
        activities: 'Activities',
        grantsSpent: 'Grants spent',
      },
    },
  },
);

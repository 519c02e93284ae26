import { defineMessages } from '../defineMessages';

/**
 * Messages of the person page's own details, edit dialog, trash, personal data
 * PDF and anonymisation, and of the retention setting. Finnish is the source language.
 */
export const personPrivacyMessages = defineMessages(
  {
    anonymisedName: 'Anonymisoitu',
    details: {
      email: 'Sähköposti',
      phone: 'Puhelin',
      address: 'Osoite',
      leftReason: 'Eron syy',
      consents: 'Suostumukset',
      emailContact: 'Yhteydenpito sähköpostilla',
      nameInPublicMaterials: 'Nimi julkisissa aineistoissa',
      given: 'Kyllä',
      notGiven: 'Ei',
      notes: 'Lisätiedot',
    },
    edit: {
      button: 'Muokkaa tietoja',
      title: 'Muokkaa henkilön tietoja',
      intro:
        'Vain nimi ja kotikunta ovat pakollisia. Tyhjäksi jätetty kenttä tarkoittaa, ettei tietoa ole.',
      fields: {
        fullName: 'Koko nimi',
        homeMunicipality: 'Kotikunta',
        email: 'Sähköposti',
        phone: 'Puhelin',
        streetAddress: 'Katuosoite',
        postalCode: 'Postinumero',
        postOffice: 'Postitoimipaikka',
        membership: 'Jäsenyyden laji',
        joinedOn: 'Liittymispäivä',
        leftOn: 'Eropäivä',
        leftOnHint: 'Täytä vain, jos henkilö on eronnut yhdistyksestä.',
        leftReason: 'Eron syy',
        consents: 'Suostumukset',
        emailContact: 'Saa ottaa yhteyttä sähköpostilla',
        nameInPublicMaterials: 'Nimen saa mainita yhdistyksen julkisissa aineistoissa',
        notes: 'Lisätiedot',
        notesHint: 'Älä kirjoita tähän terveystietoja tai henkilötunnusta.',
      },
      save: 'Tallenna',
      saved: 'Henkilön {{name}} tiedot tallennettu.',
      created: '{{name}} lisätty jäseniin ja vapaaehtoisiin.',
      saveFailed: 'Tietoja ei voitu tallentaa: {{error}}',
      fixErrors: 'Tietoja ei tallennettu. Korjaa punaisella merkityt kentät.',
      errors: {
        required: 'Tämä tieto on pakollinen.',
        invalidDate: 'Anna päivämäärä muodossa pp.kk.vvvv.',
        invalidEmail: 'Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.',
        invalidPostalCode:
          'Postinumerossa on viisi numeroa, esimerkiksi 00100. Kirjoita ulkomaisen postinumeron eteen maatunnus, esimerkiksi SE-123 45.',
        leftBeforeJoined: 'Eropäivä ei voi olla ennen liittymispäivää.',
        tooLong: 'Enintään {{max}} merkkiä.',
        invalid: 'Tarkista tämä tieto.',
      },
    },
    trash: {
      button: 'Siirrä roskakoriin',
      deleted: '{{name}} siirrettiin roskakoriin.',
      undo: 'Peru',
      restored: '{{name}} palautettiin roskakorista.',
      failed: 'Toiminto epäonnistui: {{error}}',
    },
    privacy: {
      title: 'Tietosuoja (GDPR)',
      intro:
        'Henkilöllä on oikeus saada kaikki hänestä tallennetut tiedot ja pyytää niiden poistamista.',
    },
    data: {
      title: 'Henkilön tiedot',
      intro:
        'Lataa PDF, jossa on kaikki tästä henkilöstä tallennetut tiedot: yhteystiedot, jäsenyys, suostumukset, jäsenmaksut ja vapaaehtoistunnit. Anna se henkilölle, kun hän pyytää tietojaan.',
      language: 'PDF:n kieli',
      make: 'Lataa henkilön tiedot (PDF)',
      making: 'Tehdään PDF:ää… {{percent}} %',
      saved: 'Henkilön tiedot tallennettu: {{name}}',
      failed: 'Tietoja ei voitu tehdä PDF:ksi: {{reason}}',
      notAvailable:
        'Henkilö on anonymisoitu, joten hänestä ei ole enää tallessa tunnistettavia tietoja.',
    },
    anonymise: {
      title: 'Anonymisointi',
      intro:
        'Kun henkilö pyytää tietojensa poistamista tai säilytysaika on kulunut, anonymisoi hänet. Vapaaehtoistunnit jäävät yhdistyksen tilastoihin ilman nimeä.',
      pastRetention_one:
        'Henkilö erosi yli {{count}} vuosi sitten. Asetusten mukaan entisten jäsenten tiedot säilytetään {{count}} vuoden, joten hänet kannattaa anonymisoida.',
      pastRetention_other:
        'Henkilö erosi yli {{count}} vuotta sitten. Asetusten mukaan entisten jäsenten tiedot säilytetään {{count}} vuotta, joten hänet kannattaa anonymisoida.',
      button: 'Anonymisoi…',
      confirmTitle: 'Anonymisoidaanko henkilö {{name}}?',
      confirmIntro: 'Näin tapahtuu:',
      removed:
        'Nimi, kotikunta, yhteystiedot, kielet, eron syy ja lisätiedot poistetaan lopullisesti. Nimen tilalle tulee {{newName}}.',
      consents: 'Kaikki suostumukset merkitään perutuiksi.',
      hoursKept:
        'Vapaaehtoistunnit ja jäsenmaksut säilyvät, ja ne lasketaan edelleen mukaan yhteismääriin.',
      membershipEnds: 'Jos henkilö on vielä jäsen, jäsenyys päättyy tänään.',
      cannotUndo: 'Tätä ei voi perua. Poistettuja tietoja ei saa takaisin.',
      confirm: 'Anonymisoi pysyvästi',
      done: '{{name}} on anonymisoitu. Uusi nimi on {{newName}}.',
      failed: 'Anonymisointi epäonnistui, mitään ei muutettu: {{error}}',
      anonymisedOn:
        'Henkilö anonymisoitiin {{date}}. Hänestä on jäljellä vain jäsenyyden päivämäärät ja vapaaehtoistunnit.',
    },
    settings: {
      title: 'Tietosuoja',
      intro:
        'Kun entinen jäsen on ollut poissa tämän ajan, sovellus ehdottaa hänen tietojensa anonymisointia hänen sivullaan.',
      retention: 'Säilytä entisten jäsenten tiedot (vuotta)',
      retentionHint_one: 'Kokonaisluku 1–100. Oletus on {{count}} vuosi.',
      retentionHint_other: 'Kokonaisluku 1–100. Oletus on {{count}} vuotta.',
      save: 'Tallenna säilytysaika',
      saved_one: 'Säilytysaika tallennettu: {{count}} vuosi.',
      saved_other: 'Säilytysaika tallennettu: {{count}} vuotta.',
      invalid: 'Anna kokonaisluku väliltä 1–100.',
      failed: 'Säilytysaikaa ei voitu tallentaa: {{error}}',
    },
  },
  {
    sv: {
      anonymisedName: 'Anonymiserad',
      details: {
        email: 'E-post',
        phone: 'Telefon',
        address: 'Adress',
        leftReason: 'Orsak till utträdet',
        consents: 'Samtycken',
        emailContact: 'Kontakt per e-post',
        nameInPublicMaterials: 'Namnet i offentligt material',
        given: 'Ja',
        notGiven: 'Nej',
        notes: 'Tilläggsuppgifter',
      },
      edit: {
        button: 'Redigera uppgifter',
        title: 'Redigera personens uppgifter',
        intro:
          'Bara namn och hemkommun är obligatoriska. Ett tomt fält betyder att uppgiften saknas.',
        fields: {
          fullName: 'Fullständigt namn',
          homeMunicipality: 'Hemkommun',
          email: 'E-post',
          phone: 'Telefon',
          streetAddress: 'Gatuadress',
          postalCode: 'Postnummer',
          postOffice: 'Postanstalt',
          membership: 'Typ av medlemskap',
          joinedOn: 'Anslöt sig',
          leftOn: 'Utträdde',
          leftOnHint: 'Fyll i bara om personen har utträtt ur föreningen.',
          leftReason: 'Orsak till utträdet',
          consents: 'Samtycken',
          emailContact: 'Får kontaktas per e-post',
          nameInPublicMaterials: 'Namnet får nämnas i föreningens offentliga material',
          notes: 'Tilläggsuppgifter',
          notesHint: 'Skriv inte hälsouppgifter eller personbeteckning här.',
        },
        save: 'Spara',
        saved: 'Uppgifterna om {{name}} har sparats.',
        created: '{{name}} har lagts till bland medlemmar och frivilliga.',
        saveFailed: 'Uppgifterna kunde inte sparas: {{error}}',
        fixErrors: 'Uppgifterna sparades inte. Rätta fälten som är märkta med rött.',
        errors: {
          required: 'Denna uppgift är obligatorisk.',
          invalidDate: 'Ange datumet i formen dd.mm.åååå.',
          invalidEmail: 'Kontrollera e-postadressen, till exempel namn@exempel.fi.',
          invalidPostalCode:
            'Ett postnummer har fem siffror, till exempel 00100. Skriv landskoden före ett utländskt postnummer, till exempel SE-123 45.',
          leftBeforeJoined: 'Utträdet kan inte vara före anslutningen.',
          tooLong: 'Högst {{max}} tecken.',
          invalid: 'Kontrollera denna uppgift.',
        },
      },
      trash: {
        button: 'Flytta till papperskorgen',
        deleted: '{{name}} flyttades till papperskorgen.',
        undo: 'Ångra',
        restored: '{{name}} återställdes från papperskorgen.',
        failed: 'Åtgärden misslyckades: {{error}}',
      },
      privacy: {
        title: 'Dataskydd (GDPR)',
        intro:
          'En person har rätt att få alla uppgifter som sparats om hen och att begära att de raderas.',
      },
      data: {
        title: 'Personens uppgifter',
        intro:
          'Ladda ner en PDF med alla uppgifter som sparats om denna person: kontaktuppgifter, medlemskap, samtycken, medlemsavgifter och frivilligtimmar. Ge den till personen när hen begär sina uppgifter.',
        language: 'PDF:ens språk',
        make: 'Ladda ner personens uppgifter (PDF)',
        making: 'PDF görs… {{percent}} %',
        saved: 'Personens uppgifter sparade: {{name}}',
        failed: 'Uppgifterna kunde inte göras till PDF: {{reason}}',
        notAvailable:
          'Personen är anonymiserad, så inga uppgifter som kan identifiera hen finns längre kvar.',
      },
      anonymise: {
        title: 'Anonymisering',
        intro:
          'När en person begär att hens uppgifter raderas eller lagringstiden har gått ut, anonymisera hen. Frivilligtimmarna blir kvar i föreningens statistik utan namn.',
        pastRetention_one:
          'Personen utträdde för mer än {{count}} år sedan. Enligt inställningarna sparas tidigare medlemmars uppgifter i {{count}} år, så det är skäl att anonymisera hen.',
        pastRetention_other:
          'Personen utträdde för mer än {{count}} år sedan. Enligt inställningarna sparas tidigare medlemmars uppgifter i {{count}} år, så det är skäl att anonymisera hen.',
        button: 'Anonymisera…',
        confirmTitle: 'Anonymisera {{name}}?',
        confirmIntro: 'Så här går det till:',
        removed:
          'Namn, hemkommun, kontaktuppgifter, språk, orsak till utträdet och tilläggsuppgifter raderas för gott. I stället för namnet står {{newName}}.',
        consents: 'Alla samtycken markeras som återkallade.',
        hoursKept:
          'Frivilligtimmarna och medlemsavgifterna blir kvar och räknas fortfarande med i summorna.',
        membershipEnds: 'Om personen ännu är medlem upphör medlemskapet i dag.',
        cannotUndo: 'Detta kan inte ångras. Raderade uppgifter går inte att få tillbaka.',
        confirm: 'Anonymisera för gott',
        done: '{{name}} har anonymiserats. Det nya namnet är {{newName}}.',
        failed: 'Anonymiseringen misslyckades, inget ändrades: {{error}}',
        anonymisedOn:
          'Personen anonymiserades {{date}}. Kvar finns bara medlemskapets datum och frivilligtimmarna.',
      },
      settings: {
        title: 'Dataskydd',
        intro:
          'När en tidigare medlem har varit borta så här länge föreslår appen på hens sida att uppgifterna anonymiseras.',
        retention: 'Spara tidigare medlemmars uppgifter (år)',
        retentionHint_one: 'Ett heltal 1–100. Standard är {{count}} år.',
        retentionHint_other: 'Ett heltal 1–100. Standard är {{count}} år.',
        save: 'Spara lagringstiden',
        saved_one: 'Lagringstiden sparad: {{count}} år.',
        saved_other: 'Lagringstiden sparad: {{count}} år.',
        invalid: 'Ange ett heltal mellan 1 och 100.',
        failed: 'Lagringstiden kunde inte sparas: {{error}}',
      },
    },
    en: {
      anonymisedName: 'Anonymised',
      details: {
        email: 'Email',
        phone: 'Phone',
        address: 'Address',
        leftReason: 'Reason for leaving',
        consents: 'Consents',
        emailContact: 'Contact by email',
        nameInPublicMaterials: 'Name in public material',
        given: 'Yes',
        notGiven: 'No',
        notes: 'Notes',
      },
      edit: {
        button: 'Edit details',
        title: 'Edit this person’s details',
        intro:
          'Only the name and home municipality are required. A field left empty means “not known”.',
        fields: {
          fullName: 'Full name',
          homeMunicipality: 'Home municipality',
          email: 'Email',
          phone: 'Phone',
          streetAddress: 'Street address',
          postalCode: 'Postal code',
          postOffice: 'Post office',
          membership: 'Membership type',
          joinedOn: 'Joined on',
          leftOn: 'Left on',
          leftOnHint: 'Fill in only if the person has left the association.',
          leftReason: 'Reason for leaving',
          consents: 'Consents',
          emailContact: 'May be contacted by email',
          nameInPublicMaterials: 'Name may appear in the association’s public material',
          notes: 'Notes',
          notesHint: 'Do not write health details or personal identity codes here.',
        },
        save: 'Save',
        saved: 'Details of {{name}} saved.',
        created: '{{name}} added to members and volunteers.',
        saveFailed: 'The details could not be saved: {{error}}',
        fixErrors: 'Nothing was saved. Please correct the fields marked in red.',
        errors: {
          required: 'This is required.',
          invalidDate: 'Enter the date as dd.mm.yyyy.',
          invalidEmail: 'Check the email address, for example name@example.fi.',
          invalidPostalCode:
            'A Finnish postal code has five digits, for example 00100. Put the country code before a foreign one, for example SE-123 45.',
          leftBeforeJoined: 'The leaving date cannot be before the joining date.',
          tooLong: 'At most {{max}} characters.',
          invalid: 'Please check this.',
        },
      },
      trash: {
        button: 'Move to trash',
        deleted: '{{name}} was moved to the trash.',
        undo: 'Undo',
        restored: '{{name}} was restored from the trash.',
        failed: 'That did not work: {{error}}',
      },
      privacy: {
        title: 'Privacy (GDPR)',
        intro:
          'A person has the right to get all the data stored about them and to ask for it to be erased.',
      },
      data: {
        title: 'This person’s data',
        intro:
          'Download a PDF with everything stored about this person: contact details, membership, consents, membership fees and volunteer hours. Give it to them when they ask for their data.',
        language: 'Language of the PDF',
        make: 'Download this person’s data (PDF)',
        making: 'Making the PDF… {{percent}} %',
        saved: 'Personal data saved: {{name}}',
        failed: 'The data could not be made into a PDF: {{reason}}',
        notAvailable:
          'This person has been anonymised, so nothing that identifies them is stored any more.',
      },
      anonymise: {
        title: 'Anonymisation',
        intro:
          'When a person asks for their data to be erased, or the retention period has passed, anonymise them. Their volunteer hours stay in the association’s figures without a name.',
        pastRetention_one:
          'This person left more than {{count}} year ago. The settings keep former members’ data for {{count}} year, so it is time to anonymise them.',
        pastRetention_other:
          'This person left more than {{count}} years ago. The settings keep former members’ data for {{count}} years, so it is time to anonymise them.',
        button: 'Anonymise…',
        confirmTitle: 'Anonymise {{name}}?',
        confirmIntro: 'This is what happens:',
        removed:
          'The name, home municipality, contact details, languages, reason for leaving and notes are removed for good. The name is replaced by {{newName}}.',
        consents: 'All consents are marked as withdrawn.',
        hoursKept:
          'Their volunteer hours and membership fees are kept and still count in the totals.',
        membershipEnds: 'If they are still a member, their membership ends today.',
        cannotUndo: 'This cannot be undone. The removed data cannot be brought back.',
        confirm: 'Anonymise for good',
        done: '{{name}} has been anonymised. The new name is {{newName}}.',
        failed: 'Anonymising failed; nothing was changed: {{error}}',
        anonymisedOn:
          'This person was anonymised on {{date}}. Only their membership dates and volunteer hours remain.',
      },
      settings: {
        title: 'Privacy',
        intro:
          'Once a former member has been gone this long, the app suggests anonymising their data on their page.',
        retention: 'Keep former members’ data for (years)',
        retentionHint_one: 'A whole number from 1 to 100. The default is {{count}} year.',
        retentionHint_other: 'A whole number from 1 to 100. The default is {{count}} years.',
        save: 'Save retention period',
        saved_one: 'Retention period saved: {{count}} year.',
        saved_other: 'Retention period saved: {{count}} years.',
        invalid: 'Enter a whole number from 1 to 100.',
        failed: 'The retention period could not be saved: {{error}}',
      },
    },
  },
);

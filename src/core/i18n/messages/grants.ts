import { defineMessages } from '../defineMessages';

/** Messages of the grants' rules (core): errors, deadlines, default checklist. Finnish is the source. */
export const grantsMessages = defineMessages(
  {
    errors: {
      sameStatus: 'Avustuksen tila on jo {{status}}.',
      statusNotAllowed: 'Tilasta {{from}} ei voi siirtyä tilaan {{to}}.',
      statusDateBeforePrevious:
        'Tilan muutoksen päivä ei voi olla ennen edellistä muutosta ({{date}}).',
      invalidDate: 'Virheellinen päivämäärä (muoto VVVV-KK-PP).',
      budgetLineHasExpenses:
        'Budjettiriviä ei voi poistaa, koska siihen on kirjattu kuluja ({{count}}). Siirrä tai poista ne ensin.',
      budgetLineNotFound: 'Budjettiriviä ei löydy.',
      grantNotFound: 'Avustusta ei löydy.',
    },
    deadlineKinds: {
      applicationDeadline: 'Hakuaika päättyy',
      interimReportDue: 'Väliraportti',
      reportDue: 'Käyttöselvitys',
      useBy: 'Käytettävä viimeistään',
    },
    funderTypes: {
      municipality: 'Kunta',
      wellbeingCounty: 'Hyvinvointialue',
      parish: 'Seurakunta',
      stea: 'STEA',
      foundation: 'Säätiö',
      other: 'Muu',
    },
    attachmentKinds: {
      decision: 'Päätös',
      application: 'Hakemus',
      receipt: 'Tosite',
      minutes: 'Pöytäkirja',
      other: 'Muu',
    },
    defaultChecklist: {
      financialStatements: 'Tilinpäätös',
      auditorsReport: 'Tilintarkastuskertomus tai toiminnantarkastuskertomus',
      annualReport: 'Toimintakertomus',
      minutes: 'Vuosikokouksen pöytäkirja',
      receipts: 'Kuitit ja tositteet',
    },
  },
  {
    sv: {
      errors: {
        sameStatus: 'Understödet har redan statusen {{status}}.',
        statusNotAllowed: 'Från statusen {{from}} kan man inte gå till {{to}}.',
        statusDateBeforePrevious:
          'Statusändringens datum kan inte vara före den föregående ändringen ({{date}}).',
        invalidDate: 'Ogiltigt datum (format ÅÅÅÅ-MM-DD).',
        budgetLineHasExpenses:
          'Budgetraden kan inte tas bort eftersom kostnader är bokförda på den ({{count}}). Flytta eller ta bort dem först.',
        budgetLineNotFound: 'Budgetraden hittades inte.',
        grantNotFound: 'Understödet hittades inte.',
      },
      deadlineKinds: {
        applicationDeadline: 'Ansökningstiden går ut',
        interimReportDue: 'Mellanrapport',
        reportDue: 'Redovisning',
        useBy: 'Ska användas senast',
      },
      funderTypes: {
        municipality: 'Kommun',
        wellbeingCounty: 'Välfärdsområde',
        parish: 'Församling',
        stea: 'STEA',
        foundation: 'Stiftelse',
        other: 'Annan',
      },
      attachmentKinds: {
        decision: 'Beslut',
        application: 'Ansökan',
        receipt: 'Verifikat',
        minutes: 'Protokoll',
        other: 'Annan',
      },
      defaultChecklist: {
        financialStatements: 'Bokslut',
        auditorsReport: 'Revisionsberättelse eller verksamhetsgranskningsberättelse',
        annualReport: 'Verksamhetsberättelse',
        minutes: 'Årsmötesprotokoll',
        receipts: 'Kvitton och verifikat',
      },
    },
    en: {
      errors: {
        sameStatus: 'The grant is already {{status}}.',
        statusNotAllowed: 'A grant cannot go from {{from}} to {{to}}.',
        statusDateBeforePrevious:
          'The date of a status change cannot be before the previous change ({{date}}).',
        invalidDate: 'Invalid date (format YYYY-MM-DD).',
        budgetLineHasExpenses:
          'The budget line cannot be deleted because expenses are booked to it ({{count}}). Move or delete them first.',
        budgetLineNotFound: 'The budget line was not found.',
        grantNotFound: 'The grant was not found.',
      },
      deadlineKinds: {
        applicationDeadline: 'Application deadline',
        interimReportDue: 'Interim report due',
        reportDue: 'Final report due',
        useBy: 'Use by',
      },
      funderTypes: {
        municipality: 'Municipality',
        wellbeingCounty: 'Wellbeing services county',
        parish: 'Parish',
        stea: 'STEA',
        foundation: 'Foundation',
        other: 'Other',
      },
      attachmentKinds: {
        decision: 'Decision',
        application: 'Application',
        receipt: 'Receipt',
        minutes: 'Minutes',
        other: 'Other',
      },
      defaultChecklist: {
        financialStatements: 'Financial statements',
        auditorsReport: "Auditor's report",
        annualReport: 'Annual report',
        minutes: 'Minutes of the annual meeting',
        receipts: 'Receipts and vouchers',
      },
    },
  },
);

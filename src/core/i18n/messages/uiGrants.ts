import { defineMessages } from '../defineMessages';

/** The Grants page frame. Part of the `ui` area; Finnish is the source. */
export const uiGrantsMessages = defineMessages(
  {
    grants: {
      title: 'Avustukset',
      name: 'Avustus',
      funder: 'Rahoittaja',
      status: 'Tila',
      granted: 'Myönnetty',
      spent: 'Käytetty',
      reportDue: 'Selvitys viimeistään',
      statuses: {
        planned: 'Suunnitteilla',
        drafting: 'Hakemus työn alla',
        submitted: 'Haettu',
        granted: 'Myönnetty',
        partlyGranted: 'Osittain myönnetty',
        rejected: 'Hylätty',
        reported: 'Selvitys tehty',
        closed: 'Päättynyt',
      },
    },
  },
  {
    sv: {
      grants: {
        title: 'Understöd',
        name: 'Understöd',
        funder: 'Finansiär',
        status: 'Status',
        granted: 'Beviljat',
        spent: 'Använt',
        reportDue: 'Redovisning senast',
        statuses: {
          planned: 'Planerat',
          drafting: 'Ansökan pågår',
          submitted: 'Ansökt',
          granted: 'Beviljat',
          partlyGranted: 'Delvis beviljat',
          rejected: 'Avslaget',
          reported: 'Redovisat',
          closed: 'Avslutat',
        },
      },
    },
    en: {
      grants: {
        title: 'Grants',
        name: 'Grant',
        funder: 'Funder',
        status: 'Status',
        granted: 'Granted',
        spent: 'Spent',
        reportDue: 'Report due',
        statuses: {
          planned: 'Planned',
          drafting: 'Drafting',
          submitted: 'Submitted',
          granted: 'Granted',
          partlyGranted: 'Partly granted',
          rejected: 'Rejected',
          reported: 'Reported',
          closed: 'Closed',
        },
      },
    },
  },
);

import { defineMessages } from '../defineMessages';

/** The Members page. Part of the `ui` area; Finnish is the source. */
export const uiMembersMessages = defineMessages(
  {
    members: {
      title: 'Jäsenet ja vapaaehtoiset',
      fullName: 'Nimi',
      homeMunicipality: 'Kotikunta',
      membership: 'Jäsenyys',
      joinedOn: 'Liittynyt',
      leftOn: 'Eronnut',
      email: 'Sähköposti',
      count: '{{members}} jäsentä, yhteensä {{people}} henkilöä',
      search: 'Hae nimellä, kotikunnalla tai sähköpostilla',
      matches_one: '{{count}} hakua vastaava',
      matches_other: '{{count}} hakua vastaavaa',
      types: {
        none: 'Ei jäsen',
        regular: 'Varsinainen',
        supporting: 'Kannatus',
        honorary: 'Kunnia',
        family: 'Perhe',
        youth: 'Nuoriso',
      },
    },
  },
  {
    sv: {
      members: {
        title: 'Medlemmar och frivilliga',
        fullName: 'Namn',
        homeMunicipality: 'Hemkommun',
        membership: 'Medlemskap',
        joinedOn: 'Anslöt sig',
        leftOn: 'Utträdde',
        email: 'E-post',
        count: '{{members}} medlemmar, totalt {{people}} personer',
        search: 'Sök på namn, hemkommun eller e-post',
        matches_one: '{{count}} träff',
        matches_other: '{{count}} träffar',
        types: {
          none: 'Inte medlem',
          regular: 'Ordinarie',
          supporting: 'Stödmedlem',
          honorary: 'Heders',
          family: 'Familj',
          youth: 'Ungdom',
        },
      },
    },
    en: {
      members: {
        title: 'Members and volunteers',
        fullName: 'Name',
        homeMunicipality: 'Home municipality',
        membership: 'Membership',
        joinedOn: 'Joined',
        leftOn: 'Left',
        email: 'Email',
        count: '{{members}} members, {{people}} people in all',
        search: 'Search by name, home municipality or email',
        matches_one: '{{count}} matching',
        matches_other: '{{count}} matching',
        types: {
          none: 'Not a member',
          regular: 'Regular',
          supporting: 'Supporting',
          honorary: 'Honorary',
          family: 'Family',
          youth: 'Youth',
        },
      },
    },
  },
);

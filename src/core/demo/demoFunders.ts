import { defaultFunderChecklist } from '../grants';
import type { Funder } from '../schemas';
import { base, type DemoContext } from './demoRecord';

/** The ids of the demo's three funders, for the grants they give. */
export type DemoFunderIds = { city: string; county: string; stea: string };

/** Funders: the city, the wellbeing county and STEA. */
export function demoFunders({ rnd, start }: DemoContext): {
  funders: Funder[];
  funderIds: DemoFunderIds;
} {
  const funderIds = { city: rnd.uuid(), county: rnd.uuid(), stea: rnd.uuid() };
  const funders: Funder[] = [
    {
      ...base(funderIds.city, start),
      name: 'Tampereen kaupunki',
      type: 'municipality',
      contact: 'Hyvinvoinnin edistäminen, järjestöavustukset',
      email: 'jarjestoavustukset@example.fi',
      website: 'https://www.example.fi/avustukset',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
    {
      ...base(funderIds.county, start),
      name: 'Pirkanmaan hyvinvointialue',
      type: 'wellbeingCounty',
      contact: 'Järjestöyhteistyö',
      contactPerson: 'Leena Salo',
      phone: '040 123 4567',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
    {
      ...base(funderIds.stea, start),
      name: 'Sosiaali- ja terveysjärjestöjen avustuskeskus STEA',
      type: 'stea',
      website: 'https://www.example.fi/stea',
      defaultChecklist: defaultFunderChecklist('fi'),
    },
  ];
  return { funders, funderIds };
}

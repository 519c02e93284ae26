import { derivedId } from '../grants';
import type { Official, OfficialRole, Person } from '../schemas';
import { base } from './demoRecord';

/**
 * The demo association's board: the chair, treasurer and secretary, four
 * board members, a deputy, an outside auditor, and one member whose term
 * ended with the previous year. Ids are derived (no random draws), so the
 * rest of the demo stays as it was; names are public only where the person
 * consented (the chair and treasurer always do).
 */
export function demoBoard(people: Person[], start: string, year: number): Official[] {
  const roles: [index: number, role: OfficialRole][] = [
    [0, 'chair'],
    [1, 'treasurer'],
    [2, 'secretary'],
    [3, 'boardMember'],
    [4, 'boardMember'],
    [5, 'boardMember'],
    [6, 'boardMember'],
    [7, 'deputy'],
  ];
  const rows: Official[] = roles
    .filter(([i]) => !!people[i])
    .map(([i, role]) => ({
      ...base(derivedId(`${people[i]!.id}:demo-official`), start),
      personId: people[i]!.id,
      role,
      termStart: start,
      consentToPublishName: i < 2 || people[i]!.consents.nameInPublicMaterials,
    }));
  if (people[8]) {
    rows.push({
      ...base(derivedId(`${people[8].id}:demo-official-past`), start),
      personId: people[8].id,
      role: 'boardMember',
      termStart: start,
      termEnd: `${year - 1}-12-31`,
      consentToPublishName: people[8].consents.nameInPublicMaterials,
    });
  }
  rows.push({
    ...base(derivedId(`${start}:demo-auditor`), start),
    name: 'Raili Koskinen',
    role: 'auditor',
    termStart: start,
    consentToPublishName: true,
  });
  return rows;
}

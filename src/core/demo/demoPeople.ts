import type { MembershipType, Person } from '../schemas';
import { addDays, daysBetween } from './dates';
import { base, type DemoContext } from './demoRecord';
import { demoChairName as chairName, demoTreasurerName as treasurerName } from './demoProfile';
import {
  asciiName,
  finnishFirstNames,
  finnishLastNames,
  municipalities,
  swedishFirstNames,
  swedishLastNames,
} from './names';

/** People: members first, then volunteers who are not members. */
export function demoPeople(ctx: DemoContext, peopleCount: number): Person[] {
  const { rnd, today, year, start, clampToday } = ctx;
  const volunteersWithoutMembership = Math.max(1, Math.round(peopleCount / 8));
  const people: Person[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < peopleCount; i++) {
    let fullName: string;
    let swedish = false;
    if (i === 0) fullName = chairName;
    else if (i === 1) fullName = treasurerName;
    else if (i === 2) {
      fullName = 'Åsa Öhman';
      swedish = true;
    } else {
      swedish = rnd.chance(0.07);
      do {
        fullName = swedish
          ? `${rnd.pick(swedishFirstNames)} ${rnd.pick(swedishLastNames)}`
          : `${rnd.pick(finnishFirstNames)} ${rnd.pick(finnishLastNames)}`;
        if (usedNames.has(fullName) && peopleCount > 400) fullName += ` ${i}`;
      } while (usedNames.has(fullName));
    }
    usedNames.add(fullName);
    const isMember = i < peopleCount - volunteersWithoutMembership;
    const r = rnd.next();
    const membership: MembershipType = !isMember
      ? 'none'
      : i < 3
        ? 'regular'
        : r < 0.75
          ? 'regular'
          : r < 0.83
            ? 'supporting'
            : r < 0.87
              ? 'honorary'
              : r < 0.95
                ? 'family'
                : 'youth';
    // Most joined years ago; about one in ten during the two demo years.
    const joinedOn = !isMember
      ? undefined
      : rnd.chance(0.1)
        ? clampToday(addDays(start, rnd.int(0, daysBetween(start, today))))
        : addDays('2004-01-01', rnd.int(0, daysBetween('2004-01-01', `${year - 2}-12-31`)));
    const leaves = isMember && i >= 3 && rnd.chance(0.06);
    const leftOn =
      leaves && joinedOn
        ? clampToday(addDays(joinedOn < start ? start : joinedOn, rnd.int(30, 600)))
        : undefined;
    const [first, ...rest] = fullName.split(' ');
    const hasEmail = rnd.chance(0.6);
    const person: Person = {
      ...base(rnd.uuid(), joinedOn && joinedOn > start ? joinedOn : start),
      fullName,
      homeMunicipality: i < 2 ? 'Tampere' : rnd.pick(municipalities),
      email: hasEmail
        ? `${asciiName(first!)}.${asciiName(rest.join(''))}${i}@esimerkki.fi`
        : undefined,
      phone: rnd.chance(0.5)
        ? `04${rnd.int(0, 9)} ${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`
        : undefined,
      languages: swedish ? ['sv', 'fi'] : ['fi'],
      membership,
      joinedOn,
      leftOn: leftOn && leftOn > (joinedOn ?? '') ? leftOn : undefined,
      leftReason:
        leftOn && leftOn > (joinedOn ?? '')
          ? rnd.pick([
              'Muutti toiselle paikkakunnalle',
              'Oma eroilmoitus',
              'Jäsenmaksu maksamatta kahtena vuotena',
            ])
          : undefined,
      consents: {
        emailContact: hasEmail && rnd.chance(0.8),
        nameInPublicMaterials: rnd.chance(0.3),
      },
    };
    people.push(person);
  }
  return people;
}

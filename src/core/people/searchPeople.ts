import type { Person } from '../schemas';

// Case- and accent-insensitive except for the Nordic letters: å, ä and ö are
// letters of their own in Finnish and Swedish, so "ä" must not match "a".
function fold(s: string): string {
  return s
    .toLocaleLowerCase('fi')
    .normalize('NFD')
    .replace(/([aou])\u030a|([aou])\u0308/g, (m) => m.normalize('NFC'))
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/**
 * People whose name, home municipality or email contains every word of the
 * query (in any order). An empty query returns everyone, in the given order.
 */
export function searchPeople<P extends Pick<Person, 'fullName' | 'homeMunicipality' | 'email'>>(
  people: P[],
  query: string,
): P[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return people;
  return people.filter((p) => {
    const haystack = fold(`${p.fullName} ${p.homeMunicipality} ${p.email ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

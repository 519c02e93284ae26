/**
 * Words that belong to a surname when written in lower case just before it:
 * the nobiliary and patronymic particles of the names Finnish associations
 * meet (Swedish-Finnish "af", "von"; Dutch, German, French, Italian,
 * Portuguese, Spanish). Capitalised ("De Luca") they are part of the surname itself.
 */
const particles = new Set([
  'af',
  'av',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

/** A full name split for the statutory order. */
export type NameParts = {
  /** The surname without its particles: what the list is sorted by ("Wright"). */
  surname: string;
  /** The particles before the surname, if any ("von"), else "". */
  particles: string;
  /** Every other name, in the order written ("Georg Henrik"), else "". */
  givenNames: string;
  /** The name as the statutory list prints it: surname (with particles) first ("von Wright Georg Henrik"). */
  surnameFirst: string;
};

/**
 * The parts of a full name, kept as one field (`fullName`): the surname is the
 * last word (a hyphenated name is one word) with any lower-case particles just
 * before it ("Georg Henrik von Wright" → "von" + "Wright"); a name with a
 * comma is already surname first ("Virtanen, Matti"). A one-word name is all surname.
 */
export function personNameParts(fullName: string): NameParts {
  const comma = fullName.indexOf(',');
  const words = (comma >= 0 ? fullName.slice(0, comma) : fullName).trim().split(/\s+/);
  const rest =
    comma >= 0
      ? fullName
          .slice(comma + 1)
          .trim()
          .split(/\s+/)
      : [];
  const given = comma >= 0 ? rest : words;
  // Without a comma the surname is the last word and the particles just before it.
  let start = comma >= 0 ? 0 : words.length - 1;
  if (comma < 0) while (start > 0 && particles.has(words[start - 1]!)) start--;
  const surnameWords = words.slice(start);
  let core = 0;
  while (core < surnameWords.length - 1 && particles.has(surnameWords[core]!)) core++;
  const surname = surnameWords.slice(core).join(' ');
  const particleText = surnameWords.slice(0, core).join(' ');
  const givenNames = (comma >= 0 ? given : words.slice(0, start)).filter(Boolean).join(' ');
  const full = [particleText, surname].filter(Boolean).join(' ');
  return {
    surname,
    particles: particleText,
    givenNames,
    surnameFirst: givenNames ? `${full} ${givenNames}` : full,
  };
}

const finnish = new Intl.Collator('fi');

/**
 * Names already split, shared by every comparator: the member register sorts
 * the same thousands of names again after every keystroke and every write.
 * Emptied when it grows past any register's size.
 */
const splitNames = new Map<string, NameParts>();
const MAX_SPLIT_NAMES = 100_000;

/**
 * A comparator of full names in the statutory order: by surname (particles
 * aside, "von Wright" under W), then the given names, then the particles, with
 * Finnish collation (Å, Ä, Ö after Z). Each name is split once (personNameParts
 * is a pure function of the name), so sorting thousands of people stays quick.
 */
export function byStatutoryName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  const parts = (item: T) => {
    const name = nameOf(item);
    let p = splitNames.get(name);
    if (!p) {
      if (splitNames.size >= MAX_SPLIT_NAMES) splitNames.clear();
      splitNames.set(name, (p = personNameParts(name)));
    }
    return p;
  };
  return (a, b) => {
    const pa = parts(a);
    const pb = parts(b);
    return (
      finnish.compare(pa.surname, pb.surname) ||
      finnish.compare(pa.givenNames, pb.givenNames) ||
      finnish.compare(pa.particles, pb.particles) ||
      finnish.compare(nameOf(a), nameOf(b))
    );
  };
}

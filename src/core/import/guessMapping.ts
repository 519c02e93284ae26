/**
 * What a column of a member file can hold. Person fields of the person schema,
 * plus first/last name (joined into fullName) and a membership fee (amount and
 * payment date) that becomes a membership-fee record.
 */
export const importFields = [
  'fullName',
  'firstName',
  'lastName',
  'homeMunicipality',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'postOffice',
  'membership',
  'joinedOn',
  'leftOn',
  'leftReason',
  'languages',
  'notes',
  'feeAmount',
  'feePaidOn',
] as const;
export type ImportField = (typeof importFields)[number];

/** Which column (0-based index) feeds each field. A field without a column is left empty. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Header names recognised for each field, in Finnish, Swedish and English,
 * written as `normaliseHeader` leaves them (lower case, no accents, no spaces
 * or punctuation).
 */
const headerAliases: Record<ImportField, readonly string[]> = {
  fullName: [
    'nimi',
    'kokonimi',
    'jasenennimi',
    'namn',
    'fullstandigtnamn',
    'name',
    'fullname',
    'membername',
  ],
  firstName: [
    'etunimi',
    'etunimet',
    'kutsumanimi',
    'fornamn',
    'tilltalsnamn',
    'firstname',
    'givenname',
    'forename',
  ],
  lastName: ['sukunimi', 'efternamn', 'lastname', 'surname', 'familyname'],
  homeMunicipality: [
    'kotikunta',
    'kunta',
    'kotipaikka',
    'asuinkunta',
    'paikkakunta',
    'hemkommun',
    'kommun',
    'hemort',
    'boningsort',
    'municipality',
    'homemunicipality',
  ],
  email: [
    'sahkoposti',
    'sahkopostiosoite',
    'sposti',
    'email',
    'emailaddress',
    'epost',
    'epostadress',
    'mail',
  ],
  phone: [
    'puhelin',
    'puhelinnumero',
    'puh',
    'puhnro',
    'matkapuhelin',
    'gsm',
    'telefon',
    'telefonnummer',
    'mobil',
    'mobiltelefon',
    'phone',
    'phonenumber',
    'telephone',
    'mobile',
    'tel',
  ],
  streetAddress: [
    'osoite',
    'katuosoite',
    'lahiosoite',
    'postiosoite',
    'adress',
    'gatuadress',
    'postadress',
    'address',
    'streetaddress',
    'street',
  ],
  postalCode: ['postinumero', 'postinro', 'postnummer', 'postalcode', 'postcode', 'zip', 'zipcode'],
  postOffice: [
    'postitoimipaikka',
    'ptp',
    'postitoimipaikkakunta',
    'postort',
    'postanstalt',
    'postoffice',
    'city',
    'town',
  ],
  membership: [
    'jasenlaji',
    'jasenyys',
    'jasentyyppi',
    'jasenluokka',
    'jasenyydenlaji',
    'medlemstyp',
    'medlemskap',
    'medlemskategori',
    'membership',
    'membershiptype',
    'membertype',
  ],
  joinedOn: [
    'liittynyt',
    'liittymispaiva',
    'liittymispvm',
    'liittyi',
    'jasenalkaen',
    'jasenenalkaen',
    'anslot',
    'anslutit',
    'intradesdatum',
    'intrade',
    'medlemsedan',
    'joined',
    'joinedon',
    'joindate',
    'membersince',
  ],
  leftOn: [
    'erosi',
    'eronnut',
    'eropaiva',
    'eroamispaiva',
    'eropvm',
    'uttrade',
    'uttradesdatum',
    'uttratt',
    'left',
    'lefton',
    'leavingdate',
    'resigned',
  ],
  leftReason: [
    'eronsyy',
    'erosyy',
    'orsaktilluttrade',
    'uttradesorsak',
    'reasonforleaving',
    'leftreason',
  ],
  languages: [
    'kieli',
    'kielet',
    'asiointikieli',
    'aidinkieli',
    'sprak',
    'modersmal',
    'language',
    'languages',
  ],
  notes: [
    'lisatiedot',
    'lisatietoja',
    'huom',
    'huomautukset',
    'muistiinpanot',
    'kommentti',
    'kommentit',
    'anteckningar',
    'tillaggsuppgifter',
    'kommentar',
    'notes',
    'note',
    'comments',
    'remarks',
  ],
  feeAmount: [
    'jasenmaksu',
    'maksu',
    'summa',
    'maara',
    'medlemsavgift',
    'avgift',
    'belopp',
    'amount',
    'fee',
    'membershipfee',
  ],
  feePaidOn: [
    'maksettu',
    'maksupaiva',
    'maksupvm',
    'jasenmaksumaksettu',
    'betald',
    'betalningsdatum',
    'betaldden',
    'paid',
    'paidon',
    'paymentdate',
  ],
};

/**
 * A header as the alias lists are written: lower case, accents and Nordic
 * letters folded to a–z, text in parentheses and everything but letters and
 * digits removed. "Sähköposti (työ)" → "sahkoposti", "E-post" → "epost".
 */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The mapping a user most likely wants for a header row, for any import: each
 * of `fields` (in order) gets the first column whose name is one of its
 * aliases, or an alias followed only by digits ("Jäsenmaksu 2024"); each
 * column feeds at most one field. The user confirms or changes it in the
 * mapping step. The member, expense and bank-statement imports all use this.
 */
export function guessColumns<F extends string>(
  header: readonly string[],
  fields: readonly F[],
  aliases: Record<F, readonly string[]>,
): Partial<Record<F, number>> {
  const names = header.map(normaliseHeader);
  const mapping: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  const assign = (matches: (name: string, alias: string) => boolean) => {
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      const column = names.findIndex(
        (name, i) => !taken.has(i) && aliases[field].some((alias) => matches(name, alias)),
      );
      if (column >= 0) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  };
  assign((name, alias) => name === alias);
  assign((name, alias) => name.startsWith(alias) && /^\d+$/.test(name.slice(alias.length)));
  return mapping;
}

/** The member import's guess (`guessColumns` over its fields and aliases). */
export function guessMapping(header: readonly string[]): ColumnMapping {
  return guessColumns(header, importFields, headerAliases);
}

/** A column's letter as a spreadsheet shows it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

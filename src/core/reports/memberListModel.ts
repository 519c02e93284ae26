import { isMemberOn } from '../figures';
import { type Letterhead } from '../pdf';
import type { Dataset } from '../schemas';
import { byStatutoryName, personNameParts } from '../people/personNameParts';
import { ReportError } from './ReportError';

const finnish = new Intl.Collator('fi');

export type MemberListOptions = {
  /** The day whose members are listed, YYYY-MM-DD. */
  date: string;
  printedOn: string;
};

/**
 * One line of the statutory list: the two fields the Associations Act asks
 * for, nothing else; `listedName` is the full name as printed, surname first.
 */
export type MemberListRow = { fullName: string; listedName: string; homeMunicipality: string };

export type MemberList = {
  letterhead: Letterhead;
  registerNumber?: string;
  date: string;
  members: MemberListRow[];
  count: number;
  printedOn: string;
};

/**
 * The statutory list of members (Associations Act §11): the full name and home
 * municipality of everyone who is a member on `date`, in the statutory order:
 * by surname, then given names, in Finnish alphabetical order (`byStatutoryName`),
 * printed surname first. Anonymised people and people in the trash are not
 * members of anyone's list.
 */
export function memberListModel(
  data: Pick<Dataset, 'profile' | 'people'>,
  options: MemberListOptions,
): MemberList {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  const members = data.people
    .filter((p) => !p.deletedAt && !p.anonymisedAt && isMemberOn(p, options.date))
    .map((p) => ({
      fullName: p.fullName,
      listedName: personNameParts(p.fullName).surnameFirst,
      homeMunicipality: p.homeMunicipality,
    }));
  const byName = byStatutoryName<MemberListRow>((m) => m.fullName);
  members.sort((a, b) => byName(a, b) || finnish.compare(a.homeMunicipality, b.homeMunicipality));
  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    registerNumber: profile.registerNumber || undefined,
    date: options.date,
    members,
    count: members.length,
    printedOn: options.printedOn,
  };
}

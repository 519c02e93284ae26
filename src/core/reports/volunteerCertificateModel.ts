import { personHours, type Period, type PersonActivityTotals } from '../figures';
import { type Letterhead } from '../pdf';
import { hourKinds, type Dataset, type HourKind } from '../schemas';

export type CertificateOptions = {
  personId: string;
  /** Without a period: from the person's first hour entry to the last. */
  period?: Period;
  printedOn: string;
  signer?: { name?: string; role: 'chair' | 'treasurer' };
};

export type VolunteerCertificate = {
  letterhead: Letterhead;
  personName: string;
  period: Period;
  totalMinutes: number;
  days: number;
  activities: PersonActivityTotals[];
  kinds: { kind: HourKind; minutes: number }[];
  signer: { name?: string; role: 'chair' | 'treasurer' };
  place: string;
  printedOn: string;
};

/** Why a certificate cannot be made; the UI and CLI translate the code. */
export class CertificateError extends Error {
  constructor(readonly code: 'noProfile' | 'noPerson' | 'anonymised' | 'noHours') {
    super(code);
    this.name = 'CertificateError';
  }
}

/** The figures and texts of one volunteer's certificate (todistus vapaaehtoistyöstä). */
export function volunteerCertificateModel(
  data: Pick<Dataset, 'profile' | 'people' | 'hours' | 'activities'>,
  options: CertificateOptions,
): VolunteerCertificate {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new CertificateError('noProfile');
  const person = data.people.find((p) => p.id === options.personId && !p.deletedAt);
  if (!person) throw new CertificateError('noPerson');
  // An anonymised person has no identity to certify.
  if (person.anonymisedAt) throw new CertificateError('anonymised');
  const everything = { from: '0000-01-01', to: '9999-12-31' };
  const hours = personHours(data, person.id, options.period ?? everything);
  if (hours.totalMinutes === 0 || !hours.firstDate || !hours.lastDate) {
    throw new CertificateError('noHours');
  }
  const signerRole = options.signer?.role ?? 'chair';
  return {
    letterhead: profile,
    personName: person.fullName,
    period: options.period ?? { from: hours.firstDate, to: hours.lastDate },
    totalMinutes: hours.totalMinutes,
    days: hours.days,
    activities: hours.byActivity,
    kinds: hourKinds
      .map((kind) => ({ kind, minutes: hours.byKind[kind] }))
      .filter((k) => k.minutes > 0),
    signer: {
      role: signerRole,
      name:
        options.signer?.name ??
        (signerRole === 'chair' ? profile.chairName : profile.treasurerName),
    },
    place: profile.homeMunicipality,
    printedOn: options.printedOn,
  };
}

import type { Person } from '../../../src/core/schemas';

/** A fixed UUID numbered `n`, so merge tests can name the same record on two computers. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A time on day `day` of November 2026: later days are newer edits. */
export const stamp = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

/** Volunteer `n`, as first saved on 1 November, not a member; `changes` override any field. */
export function volunteer(n: number, changes: Partial<Person> = {}): Person {
  return {
    id: uuid(n),
    createdAt: stamp(1),
    updatedAt: stamp(1),
    deletedAt: null,
    fullName: `Vapaaehtoinen ${n}`,
    homeMunicipality: 'Tampere',
    languages: [],
    membership: 'none',
    consents: { emailContact: false, nameInPublicMaterials: false },
    ...changes,
  };
}

import type { MembershipFee, MembershipType, Person } from '../schemas';
import { makeReferenceNumber } from '../validators/referenceNumber';
import { addDays } from './dates';
import { base, type DemoContext } from './demoRecord';

/** Membership fees for both years, with Finnish reference numbers. */
export function demoFees(ctx: DemoContext, people: Person[]): MembershipFee[] {
  const { rnd, today, year, clampToday } = ctx;
  const fees: MembershipFee[] = [];
  const feeFor: Record<MembershipType, number> = {
    none: 0,
    regular: 2500,
    supporting: 5000,
    honorary: 0,
    family: 3500,
    youth: 1000,
  };
  for (const fy of [year - 1, year]) {
    people.forEach((p, i) => {
      const amount = feeFor[p.membership];
      if (
        !amount ||
        !p.joinedOn ||
        p.joinedOn > `${fy}-12-31` ||
        (p.leftOn && p.leftOn < `${fy}-01-01`)
      )
        return;
      const dueOn = `${fy}-03-31`;
      if (dueOn > today && fy === year && `${fy}-02-01` > today) return;
      const paid = rnd.chance(fy === year ? 0.8 : 0.93);
      const paidOn = paid ? clampToday(addDays(`${fy}-02-15`, rnd.int(0, 90))) : undefined;
      fees.push({
        ...base(rnd.uuid(), clampToday(`${fy}-02-01`)),
        personId: p.id,
        year: fy,
        amountCents: amount,
        reference: makeReferenceNumber(`${fy}${String(i + 1).padStart(5, '0')}`),
        dueOn,
        paidOn,
      });
    });
  }
  return fees;
}

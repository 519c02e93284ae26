import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  domesticOf,
  epcQrPayload,
  feesToInvoice,
  formatRfReference,
  invoiceableFees,
  invoiceBatch,
  invoiceCsv,
  InvoiceError,
  isValidRfReference,
  readEpcQrPayload,
  readVirtualBarcode,
  rfFromDomestic,
  virtualBarcode,
} from '../../src/core/invoices';
import { generateDemoDataset } from '../../src/core/demo';
import type { MembershipFee } from '../../src/core/schemas';
import { makeReferenceNumber } from '../../src/core/validators/referenceNumber';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof InvoiceError ? e.code : String(e);
  }
  return 'no error';
};

describe('RF creditor reference (ISO 11649)', () => {
  it('accepts the standard example and refuses a changed digit', () => {
    expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRfReference('RF18539007547035')).toBe(false);
    expect(isValidRfReference('RF1')).toBe(false);
  });

  it("makes Finance Finland's examples from domestic references", () => {
    // Pankkiviivakoodi-opas: 86851 62596 19897 ↔ RF09 8685 1625 9619 897.
    expect(rfFromDomestic('86851 62596 19897')).toBe('RF09868516259619897');
    expect(formatRfReference('RF09868516259619897')).toBe('RF09 8685 1625 9619 897');
    expect(rfFromDomestic('11112')).toBe('RF9811112');
    expect(() => rfFromDomestic('11113')).toThrow();
  });

  it('reads either form back to the domestic reference', () => {
    expect(domesticOf('RF09 8685 1625 9619 897')).toBe('868516259619897');
    expect(domesticOf('86851 62596 19897')).toBe('868516259619897');
    // An RF reference not made from a domestic one stands for no domestic reference.
    expect(domesticOf('RF18539007547034')).toBeNull();
    expect(domesticOf('12345')).toBeNull();
  });
});

describe('the bank barcode (virtuaaliviivakoodi)', () => {
  it("matches Finance Finland's published examples, version 4 and 5", () => {
    // Pankkiviivakoodi-opas: FI79 4405 2020 0360 82, 4 883,15 €, due 12.6.2010.
    const base = { iban: 'FI79 4405 2020 0360 82', amountCents: 488315, dueOn: '2010-06-12' };
    expect(virtualBarcode({ ...base, reference: '86851 62596 19897' })).toBe(
      '479440520200360820048831500000000868516259619897100612',
    );
    expect(virtualBarcode({ ...base, reference: 'RF09 8685 1625 9619 897' })).toBe(
      '579440520200360820048831509000000868516259619897100612',
    );
  });

  it('pads every field to its length and writes zeros for no due date', () => {
    const code = virtualBarcode({
      iban: 'FI3715903000000776',
      amountCents: 1225,
      reference: '11112',
    });
    expect(code).toBe('437159030000007760000122500000000000000000011112000000');
    expect(code).toHaveLength(54);
  });

  it('refuses what a bank could not read', () => {
    const ok = { iban: 'FI3715903000000776', amountCents: 100, reference: '11112' };
    expect(codeOf(() => virtualBarcode({ ...ok, amountCents: 100_000_000 }))).toBe(
      'amountTooLarge',
    );
    expect(virtualBarcode({ ...ok, amountCents: 99_999_999 })).toHaveLength(54);
    expect(codeOf(() => virtualBarcode({ ...ok, reference: '11113' }))).toBe('badReference');
    expect(codeOf(() => virtualBarcode({ ...ok, reference: 'RF18ABC' }))).toBe('badReference');
    expect(codeOf(() => virtualBarcode({ ...ok, iban: 'DE89370400440532013000' }))).toBe(
      'foreignIban',
    );
    expect(codeOf(() => virtualBarcode({ ...ok, iban: 'FI3715903000000777' }))).toBe('noIban');
    expect(codeOf(() => virtualBarcode({ ...ok, amountCents: 1.5 }))).toBe('amountTooSmall');
  });

  it('reads back what it wrote, for any amount, reference and date (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.bigInt({ min: 100n, max: 10n ** 19n - 1n }),
        fc.boolean(),
        fc.option(
          fc.date({
            min: new Date('2000-01-01'),
            max: new Date('2099-12-31'),
            noInvalidDate: true,
          }),
        ),
        (amountCents, base, rf, due) => {
          const domestic = makeReferenceNumber(base.toString());
          const reference = rf ? rfFromDomestic(domestic) : domestic;
          if (rf && reference.length - 4 > 21) return;
          const dueOn = due ? due.toISOString().slice(0, 10) : undefined;
          const code = virtualBarcode({
            iban: 'FI7944052020036082',
            amountCents,
            reference,
            dueOn,
          });
          expect(code).toMatch(/^[45]\d{53}$/);
          expect(readVirtualBarcode(code)).toEqual({
            version: rf ? 5 : 4,
            iban: 'FI7944052020036082',
            amountCents,
            reference,
            ...(dueOn ? { dueOn } : {}),
          });
        },
      ),
    );
  });
});

describe('the EPC QR payload (EPC069-12, version 002)', () => {
  it('writes the lines in the order and form the standard gives', () => {
    expect(
      epcQrPayload({
        bic: 'ndeafihh',
        name: 'Järvilinnan  Sydänyhdistys ry',
        iban: 'FI79 4405 2020 0360 82',
        amountCents: 2500,
        reference: 'RF09 8685 1625 9619 897',
      }),
    ).toBe(
      'BCD\n002\n1\nSCT\nNDEAFIHH\nJärvilinnan Sydänyhdistys ry\nFI7944052020036082\nEUR25.00\n\nRF09868516259619897',
    );
  });

  it('leaves the BIC line empty when there is none, and refuses what the standard does not allow', () => {
    const ok = {
      name: 'Yhdistys ry',
      iban: 'FI7944052020036082',
      amountCents: 1,
      reference: 'RF9811112',
    };
    expect(epcQrPayload(ok).split('\n')[4]).toBe('');
    expect(codeOf(() => epcQrPayload({ ...ok, amountCents: 0 }))).toBe('amountTooSmall');
    expect(codeOf(() => epcQrPayload({ ...ok, amountCents: 100_000_000_000 }))).toBe(
      'amountTooLarge',
    );
    expect(codeOf(() => epcQrPayload({ ...ok, reference: '11112' }))).toBe('badReference');
    expect(codeOf(() => epcQrPayload({ ...ok, name: 'x'.repeat(71) }))).toBe('nameTooLong');
    expect(epcQrPayload({ ...ok, name: 'ä'.repeat(70) })).toContain('ä'.repeat(70));
  });

  it('round-trips names, amounts and references (fast-check)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 70 })
          .filter((s) => /^\S(.*\S)?$/u.test(s) && !/\s{2}|\n/.test(s)),
        fc.integer({ min: 1, max: 99_999_999_999 }),
        fc.bigInt({ min: 100n, max: 10n ** 19n - 1n }),
        (name, amountCents, base) => {
          const reference = rfFromDomestic(makeReferenceNumber(base.toString()));
          const payload = epcQrPayload({
            name,
            iban: 'FI7944052020036082',
            amountCents,
            reference,
          });
          expect(readEpcQrPayload(payload)).toEqual({
            bic: '',
            name,
            iban: 'FI7944052020036082',
            amountCents,
            reference,
          });
        },
      ),
    );
  });
});

describe('which fees are invoiced, and the invoice batch', () => {
  const fee = (over: Partial<MembershipFee>): MembershipFee =>
    ({
      id: 'f',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      personId: 'p',
      year: 2026,
      amountCents: 2500,
      reference: makeReferenceNumber('2026001'),
      ...over,
    }) as MembershipFee;

  it('invoices unpaid fees over 0 € with a reference; reminds only those past due', () => {
    const fees = [
      fee({ id: 'a' }),
      fee({ id: 'paid', paidOn: '2026-02-01' }),
      fee({ id: 'zero', amountCents: 0 }),
      fee({ id: 'noref', reference: undefined }),
      fee({ id: 'trash', deletedAt: '2026-03-01T00:00:00.000Z' }),
      fee({ id: 'due', dueOn: '2026-03-31' }),
      fee({ id: 'notyet', dueOn: '2026-12-31' }),
    ];
    expect(invoiceableFees(fees, 'invoice', '2026-06-01').map((f) => f.id)).toEqual([
      'a',
      'due',
      'notyet',
    ]);
    expect(invoiceableFees(fees, 'reminder', '2026-06-01').map((f) => f.id)).toEqual(['due']);
  });

  const demo = generateDemoDataset({ seed: 3, today: '2026-11-22' });
  const profile = demo.profile[0]!;
  const options = {
    kind: 'invoice',
    issuedOn: '2026-12-01',
    dueOn: '2026-12-15',
    referenceForm: 'domestic',
  } as const;

  it('explains what is missing before anything is printed', () => {
    const fees = invoiceableFees(demo.fees, 'invoice', '2026-12-01').slice(0, 2);
    const data = { profile, people: demo.people, fees };
    expect(
      codeOf(() => invoiceBatch({ ...data, profile: { ...profile, iban: '' } }, options)),
    ).toBe('noIban');
    expect(codeOf(() => invoiceBatch({ ...data, profile: undefined }, options))).toBe('noProfile');
    expect(codeOf(() => invoiceBatch({ ...data, fees: [] }, options))).toBe('noFees');
    expect(codeOf(() => invoiceBatch(data, { ...options, dueOn: '2026-11-30' }))).toBe(
      'badDueDate',
    );
    const broken = { ...fees[0]!, reference: '123' };
    expect(codeOf(() => invoiceBatch({ ...data, fees: [broken as MembershipFee] }, options))).toBe(
      'badReference',
    );
  });

  it("prints each invoice in its member's language, with codes that carry the fee", () => {
    const fees = invoiceableFees(demo.fees, 'invoice', '2026-12-01').slice(0, 3);
    const people = demo.people.map((p, i) =>
      i % 2 ? { ...p, languages: ['sv'] } : { ...p, languages: ['de'] },
    );
    const batch = invoiceBatch({ profile, people, fees }, { ...options, referenceForm: 'rf' });
    for (const [i, inv] of batch.invoices.entries()) {
      const f = fees[i]!;
      const person = people.find((p) => p.id === f.personId)!;
      expect(inv.lang).toBe(person.languages[0] === 'sv' ? 'sv' : profile.defaultLanguage);
      expect(inv.reference).toBe(rfFromDomestic(f.reference!));
      expect(readVirtualBarcode(inv.barcode)).toMatchObject({
        amountCents: f.amountCents,
        dueOn: '2026-12-15',
      });
      expect(readEpcQrPayload(inv.qrPayload)).toMatchObject({
        amountCents: f.amountCents,
        reference: inv.reference,
      });
    }
  });
});

describe('invoiceCsv: the invoiced fees for a mail merge', () => {
  const demo = generateDemoDataset({ seed: 4, today: '2026-11-22' });
  const fees = invoiceableFees(demo.fees, 'invoice', '2026-12-01').slice(0, 2);
  const people = demo.people.map((p) =>
    p.id === fees[0]!.personId
      ? {
          ...p,
          fullName: '=HYPERLINK("x")',
          email: 'a@example.fi',
          consents: { ...p.consents, emailContact: true },
        }
      : p.id === fees[1]!.personId
        ? { ...p, email: 'b@example.fi', consents: { ...p.consents, emailContact: false } }
        : p,
  );
  const batch = invoiceBatch(
    { profile: demo.profile[0], people, fees },
    { kind: 'invoice', issuedOn: '2026-12-01', dueOn: '2026-12-15', referenceForm: 'domestic' },
  );

  it('writes one row an invoice with the barcode digits, the email only with consent, formulas defused', () => {
    const lines = invoiceCsv(batch, people, 'fi')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Nimi;Osoite;Sähköposti;Kieli;Summa;Viitenumero;Eräpäivä;Virtuaaliviivakoodi',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("'=HYPERLINK");
    expect(lines[1]).toContain('a@example.fi');
    expect(lines[1]).toContain(batch.invoices[0]!.barcode);
    expect(lines[2]).not.toContain('b@example.fi');
    expect(lines[2]).toContain('15.12.2026');
  });
});

describe('feesToInvoice: the run the treasurer chose', () => {
  it('filters by membership type and by whether a fee was invoiced already', () => {
    const demo = generateDemoDataset({ seed: 6, today: '2026-11-22' });
    const today = '2026-12-01';
    const all = feesToInvoice(demo.fees, { kind: 'invoice', today, onlyNew: false });
    const supporting = feesToInvoice(demo.fees, {
      kind: 'invoice',
      today,
      onlyNew: false,
      membership: 'supporting',
      people: demo.people,
    });
    const typeOf = new Map(demo.people.map((p) => [p.id, p.membership]));
    expect(supporting.length).toBeGreaterThan(0);
    expect(supporting.length).toBeLessThan(all.length);
    expect(supporting.every((f) => typeOf.get(f.personId) === 'supporting')).toBe(true);
    const invoiced = all.map((f, i) => (i % 2 ? { ...f, invoicedOn: '2026-11-30' } : f));
    expect(feesToInvoice(invoiced, { kind: 'invoice', today, onlyNew: true })).toHaveLength(
      Math.ceil(all.length / 2),
    );
  });
});

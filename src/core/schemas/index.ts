import type { z } from 'zod';
import { associationProfileSchema } from './profile';
import { personSchema } from './person';
import { membershipFeeSchema } from './membershipFee';
import { activitySchema } from './activity';
import { sessionSchema } from './session';
import { hourEntrySchema } from './hourEntry';
import { funderSchema } from './funder';
import { grantSchema } from './grant';
import { attachmentSchema } from './attachment';
import {
  grantBudgetLineSchema,
  grantChecklistItemSchema,
  grantExpenseSchema,
  grantPaymentSchema,
  grantStatusChangeSchema,
} from './grantRecords';
import { impactNoteSchema } from './impactNote';
import { officialSchema } from './official';
import { feedbackFormSchema, feedbackTallySchema } from './feedback';
import { indicatorValueSchema } from './indicatorValue';

export * from './common';
export * from './profile';
export * from './person';
export * from './membershipFee';
export * from './activity';
export * from './session';
export * from './hourEntry';
export * from './funder';
export * from './grant';
export * from './attachment';
export * from './grantRecords';
export * from './impactNote';
export * from './official';
export * from './feedback';
export * from './indicatorValue';

/** Every table of the database, with the schema each of its records must pass. */
export const tableSchemas = {
  profile: associationProfileSchema,
  people: personSchema,
  fees: membershipFeeSchema,
  activities: activitySchema,
  sessions: sessionSchema,
  hours: hourEntrySchema,
  funders: funderSchema,
  grants: grantSchema,
  attachments: attachmentSchema,
  grantBudgetLines: grantBudgetLineSchema,
  grantExpenses: grantExpenseSchema,
  grantPayments: grantPaymentSchema,
  grantChecklistItems: grantChecklistItemSchema,
  grantStatusChanges: grantStatusChangeSchema,
  impactNotes: impactNoteSchema,
  officials: officialSchema,
  feedbackForms: feedbackFormSchema,
  feedbackTallies: feedbackTallySchema,
  indicatorValues: indicatorValueSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
/** Table names in the order an import writes them (referenced tables first). */
export const tableNames = Object.keys(tableSchemas) as TableName[];
export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;

/** All data of one association as plain arrays: what reports and the data file work on. */
export type Dataset = { [T in TableName]: TableRecord<T>[] };

export function emptyDataset(): Dataset {
  return Object.fromEntries(tableNames.map((t) => [t, []])) as unknown as Dataset;
}
export * from './issueMessageKeys';

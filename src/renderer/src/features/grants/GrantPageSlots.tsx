/**
 * Places on the grant page kept for parts built elsewhere.
 *
 * LEAD: mount the Attachments section here (decision letter, application,
 * receipts, minutes: attachmentsOfGrant, open and save, size limit) and the
 * "Import expenses…" button (CSV/XLSX through the member-import machinery).
 * Both get the grant's id; they render nothing until then.
 */
export function GrantAttachmentsSlot(_props: { grantId: string }) {
  return null;
}

/** LEAD: the "Import expenses…" button, shown next to the expense form's heading. */
export function GrantExpenseImportSlot(_props: { grantId: string }) {
  return null;
}

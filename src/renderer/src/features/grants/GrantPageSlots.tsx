import { Group, Paper } from '@mantine/core';
import { GrantAttachmentsSection } from '../grantAttachments/GrantAttachmentsSection';
import { ImportExpensesButton } from '../grantExpenseImport/ExpenseImportDialog';

/** The grant's attachments (decision letter, application, receipts, minutes), framed like the page's other sections. */
export function GrantAttachmentsSlot({ grantId }: { grantId: string }) {
  return (
    <Paper withBorder p="md" mt="lg">
      <GrantAttachmentsSection grantId={grantId} headingOrder={2} />
    </Paper>
  );
}

/** "Import expenses…" from a bank statement or spreadsheet, next to the expense form. */
export function GrantExpenseImportSlot({ grantId }: { grantId: string }) {
  return (
    <Group>
      <ImportExpensesButton grantId={grantId} />
    </Group>
  );
}

import { base64ToBytes, bytesToBase64, checkAttachment, type AttachmentErrorCode } from '../grants';
import type { ExpenseImportPreview } from '../import/prepareExpenseImport';
import type { AttachmentKind, AttachmentMeta } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** Why an expense import was refused (a key under `grantImport.refusals`); nothing was written. */
export type ExpenseImportRefusal = {
  ok: false;
  code: 'grantNotFound' | 'budgetLineNotFound' | 'previewHasErrors';
};

/** Why an attachment was refused (a key under `grantImport.attachmentErrors`); nothing was saved. */
export type AttachmentRefusal = {
  ok: false;
  code: AttachmentErrorCode | 'grantNotFound';
  params?: Record<string, string | number>;
};

/**
 * Write a previewed expense import: every expense, validated once more by the
 * expense schema, in one transaction, or none of them. Refused (writing
 * nothing) when the preview has errors, or when the grant or a budget line it
 * points to has gone to the trash since the preview was made.
 */
export async function applyExpenseImport(
  db: TalkootDb,
  prepared: ExpenseImportPreview,
): Promise<{ ok: true; count: number; totalCents: number } | ExpenseImportRefusal> {
  if (!prepared.canImport) return { ok: false, code: 'previewHasErrors' };
  const repo = new Repository(db, 'grantExpenses');
  const expenses = prepared.expenses.map((e) => repo.validate(e));
  return db.transaction('rw', ['grants', 'grantBudgetLines', 'grantExpenses'], async () => {
    const grant = await db.tableOf('grants').get(prepared.grantId);
    if (!grant || grant.deletedAt) return { ok: false, code: 'grantNotFound' } as const;
    const lineIds = [...new Set(expenses.map((e) => e.budgetLineId))];
    const lines = await db.tableOf('grantBudgetLines').bulkGet(lineIds);
    if (lines.some((l) => !l || l.deletedAt || l.grantId !== grant.id)) {
      return { ok: false, code: 'budgetLineNotFound' } as const;
    }
    if (expenses.some((e) => e.grantId !== grant.id)) {
      return { ok: false, code: 'grantNotFound' } as const;
    }
    await db.tableOf('grantExpenses').bulkAdd(expenses);
    return {
      ok: true,
      count: expenses.length,
      totalCents: expenses.reduce((sum, e) => sum + e.amountCents, 0),
    } as const;
  });
}

/** A picked file to attach. */
export type AttachmentFile = { name: string; mimeType: string; bytes: Uint8Array };

/**
 * Attach a file to a grant, after checkAttachment (type and size): refused
 * with a reason code, saving nothing, when the file is empty, too large or of
 * a type that cannot be opened, or when the grant is not found.
 */
export async function addAttachment(
  db: TalkootDb,
  grantId: string,
  file: AttachmentFile,
  kind: AttachmentKind,
  clock: Clock = systemClock,
): Promise<{ ok: true; attachment: AttachmentMeta } | AttachmentRefusal> {
  const checked = checkAttachment({
    name: file.name,
    mimeType: file.mimeType,
    size: file.bytes.length,
  });
  if (!checked.ok) return checked;
  const dataBase64 = bytesToBase64(file.bytes);
  return db.transaction('rw', ['grants', 'attachments'], async () => {
    const grant = await db.tableOf('grants').get(grantId);
    if (!grant || grant.deletedAt) return { ok: false, code: 'grantNotFound' } as const;
    const { dataBase64: _bytes, ...meta } = await new Repository(db, 'attachments', clock).create({
      grantId,
      name: file.name.trim(),
      mimeType: checked.mimeType,
      dataBase64,
      size: file.bytes.length,
      addedAt: clock().toISOString(),
      kind,
    });
    return { ok: true, attachment: meta as AttachmentMeta } as const;
  });
}

/** Move an attachment to the trash; restoreAttachment undoes it. */
export async function trashAttachment(
  db: TalkootDb,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await new Repository(db, 'attachments', clock).softDelete(id);
}

/** Bring an attachment back from the trash. */
export async function restoreAttachment(
  db: TalkootDb,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await new Repository(db, 'attachments', clock).restore(id);
}

/** An attachment's stored bytes, for "Save a copy"; null when it is not found. */
export async function attachmentBytes(
  db: TalkootDb,
  id: string,
): Promise<{ name: string; mimeType: string; bytes: Uint8Array } | null> {
  const a = await db.tableOf('attachments').get(id);
  if (!a) return null;
  return { name: a.name, mimeType: a.mimeType, bytes: base64ToBytes(a.dataBase64) };
}

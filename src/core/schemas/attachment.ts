import { z } from 'zod';
import { id, isoDateTime, recordBase, type OmitKeys } from './common';

export const attachmentKinds = ['decision', 'application', 'receipt', 'minutes', 'other'] as const;
export const attachmentKind = z.enum(attachmentKinds);
export type AttachmentKind = z.infer<typeof attachmentKind>;

/** A file attached to a grant, its bytes base64-encoded so the data file can carry them. */
export const attachmentSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  name: z.string().trim().min(1).max(300),
  mimeType: z.string().max(200),
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalidBase64'),
  /** Size of the file in bytes. */
  size: z.number().int().nonnegative().optional(),
  addedAt: isoDateTime.optional(),
  kind: attachmentKind.optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** An attachment without its bytes: what lists show. */
export type AttachmentMeta = OmitKeys<Attachment, 'dataBase64'>;

import { z } from 'zod';
import { id, recordBase } from './common';

/** The bytes of a grant attachment, base64-encoded so the data file can carry them. */
export const attachmentSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  name: z.string().trim().min(1).max(300),
  mimeType: z.string().max(200),
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalidBase64'),
});
export type Attachment = z.infer<typeof attachmentSchema>;

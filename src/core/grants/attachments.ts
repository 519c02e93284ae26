import { translate } from '../i18n/translate';
import type { Language } from '../schemas';

/** The largest attachment accepted, in bytes (10 MiB): a data file carries every attachment. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** File types an attachment may be, by extension, with the MIME type stored for it. */
export const attachmentTypes: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** What a file input's `accept` lists: the extensions, then their MIME types. */
export const attachmentAccept = [
  ...Object.keys(attachmentTypes).map((e) => `.${e}`),
  ...new Set(Object.values(attachmentTypes)),
].join(',');

/** Why a file cannot be attached; a key under `grantImport.attachmentErrors`. */
export type AttachmentErrorCode = 'empty' | 'tooLarge' | 'unsupportedType' | 'nameTooLong';

export type AttachmentCheck =
  | { ok: true; mimeType: string }
  | { ok: false; code: AttachmentErrorCode; params: Record<string, string | number> };

/** A name's extension in lower case, or '' when it has none. */
function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * Whether a picked file can be stored as a grant's attachment: not empty, at
 * most MAX_ATTACHMENT_BYTES, and a PDF, PNG or JPEG image, office document
 * (.docx .xlsx .odt .ods .doc .xls) or plain text. A known extension decides
 * the type (browsers often give no MIME type for office files); a name without
 * one needs a known MIME type. `mimeType` of an ok result is the one to store.
 */
export function checkAttachment(file: {
  name: string;
  mimeType: string;
  size: number;
}): AttachmentCheck {
  const name = file.name.trim();
  const params = { file: name, maxMb: MAX_ATTACHMENT_BYTES / (1024 * 1024) };
  if (name.length > 300) return { ok: false, code: 'nameTooLong', params };
  const ext = extensionOf(name);
  const mime = file.mimeType.split(';')[0]!.trim().toLowerCase();
  const allowedMimes = new Set(Object.values(attachmentTypes));
  let mimeType: string | undefined;
  if (ext) mimeType = attachmentTypes[ext];
  else if (allowedMimes.has(mime)) mimeType = mime;
  if (!mimeType) return { ok: false, code: 'unsupportedType', params };
  if (file.size <= 0) return { ok: false, code: 'empty', params };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, code: 'tooLarge', params };
  return { ok: true, mimeType };
}

/** Bytes as base64, as the attachments table stores them. Works in browsers and Node. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of a stored attachment's base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file size for a list, in the user's language: "12 kt", "1,4 Mt". */
export function formatFileSize(bytes: number, lang: Language): string {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang];
  if (bytes < 1024 * 1024) {
    const size = new Intl.NumberFormat(locale).format(Math.max(1, Math.ceil(bytes / 1024)));
    return translate(lang, 'grantImport.attachments.sizeKb', { size });
  }
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    bytes / (1024 * 1024),
  );
  return translate(lang, 'grantImport.attachments.sizeMb', { size });
}

/** Why a file was not attached, as a sentence in the user's language. */
export function formatAttachmentError(
  refusal: {
    code: AttachmentErrorCode | 'grantNotFound';
    params?: Record<string, string | number>;
  },
  lang: Language,
): string {
  return translate(lang, `grantImport.attachmentErrors.${refusal.code}`, {
    maxMb: MAX_ATTACHMENT_BYTES / (1024 * 1024),
    ...refusal.params,
  });
}

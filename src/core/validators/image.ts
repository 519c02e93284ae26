/**
 * Reading a PNG or JPEG's structure, to refuse a logo that would break every
 * PDF: the prefix of a data: URL proves nothing about the bytes after it.
 */

export type ImageInfo = { type: 'png' | 'jpeg'; width: number; height: number; bytes: number };

/** The largest logo accepted, in bytes and in pixels per side. */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_MAX_SIDE = 4000;

function base64Bytes(b64: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return null;
  try {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;

/** PNG: signature, then every chunk whole with a correct CRC, IHDR first, IDAT, IEND last. */
function readPng(b: Uint8Array): ImageInfo | null {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (b.length < 57 || signature.some((v, i) => b[i] !== v)) return null;
  let at = 8;
  let width = 0;
  let height = 0;
  let sawData = false;
  for (let first = true; ; first = false) {
    if (at + 12 > b.length) return null;
    const length = u32(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const end = at + 8 + length;
    if (end + 4 > b.length) return null;
    if (crc32(b, at + 4, end) !== u32(b, end)) return null;
    if (first) {
      if (type !== 'IHDR' || length !== 13) return null;
      width = u32(b, at + 8);
      height = u32(b, at + 12);
      // Interlaced PNGs are not drawn by every PDF library: refuse them too.
      if (b[at + 20] !== 0) return null;
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? { type: 'png', width, height, bytes: b.length } : null;
    at = end + 4;
  }
}

/** JPEG: SOI, segments with consistent lengths up to a frame header with the size, EOI at the end. */
function readJpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    const length = u16(b, at + 2);
    if (length < 2 || at + 2 + length > b.length) return null;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      if (length < 7) return null;
      return { type: 'jpeg', height: u16(b, at + 5), width: u16(b, at + 7), bytes: b.length };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * The type and size of a PNG or JPEG given as a data: URL, read from its bytes;
 * null when it is not a whole, readable image of one of those types.
 */
export function readImageInfo(dataUrl: string): ImageInfo | null {
  const m = /^data:image\/(png|jpeg);base64,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const bytes = base64Bytes(m[2]!);
  if (!bytes) return null;
  const info = m[1] === 'png' ? readPng(bytes) : readJpeg(bytes);
  return info && info.width > 0 && info.height > 0 ? info : null;
}

/** Why a logo is refused, or null when it is a readable PNG or JPEG of sensible size. */
export function logoProblem(dataUrl: string): 'invalidImage' | 'imageTooLarge' | null {
  const info = readImageInfo(dataUrl);
  if (!info) return 'invalidImage';
  if (info.bytes > LOGO_MAX_BYTES || info.width > LOGO_MAX_SIDE || info.height > LOGO_MAX_SIDE) {
    return 'imageTooLarge';
  }
  return null;
}

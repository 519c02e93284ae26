/** WebCrypto's SHA-256 as hex, as the data-file worker hashes a data file. */
export const webCryptoHex = async (bytes: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** A data file's bytes as text. */
export const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

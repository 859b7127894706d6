const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes from the server: UTF-8 by default (RFC 2640), falling back to latin1 when the bytes are not
 * valid UTF-8 (legacy servers). Latin1 maps every byte to one code point, so `encodeText(…, 'latin1')`
 * gives the original bytes back and a name round-trips.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName = 'utf8'): string {
  if (encoding === 'latin1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }
}

/** The encodings the engine speaks on the control connection. */
export type TextEncodingName = 'utf8' | 'latin1';

/** Encodes a command for the wire. */
export function encodeText(text: string, encoding: TextEncodingName = 'utf8'): Buffer {
  return Buffer.from(text, encoding);
}

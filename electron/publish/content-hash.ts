import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A way to ask the server for a file's digest, and the matching local algorithm. */
export interface HashMethod {
  /** The command as sent (`HASH`, `XMD5`, …). */
  readonly command: string;
  /** Node's name (`sha256`, `sha1`, `md5`) or `crc32`. */
  readonly algorithm: string;
  /** How people know it (`SHA-256 (HASH)`). */
  readonly label: string;
}

// draft-bryan-ftpext-hash names → Node's names.
const hashNames: Readonly<Record<string, string>> = { 'SHA-256': 'sha256', 'SHA-1': 'sha1', MD5: 'md5', 'SHA-512': 'sha512', CRC32: 'crc32' };

/**
 * Picks the best hash command the server offers (FEAT): HASH (its selected algorithm, marked `*`), then the
 * older X-commands proftpd's mod_digest and others answer: XSHA256, XSHA1, XMD5, XCRC.
 */
export function chooseHashMethod(features: ReadonlyMap<string, string>): HashMethod | undefined {
  const hash = features.get('HASH');
  if (hash !== undefined) {
    const listed = hash.split(';').map((name) => name.trim().toUpperCase());
    const selected = (listed.find((name) => name.endsWith('*')) ?? listed[0] ?? '').replace(/\*$/, '');
    const algorithm = hashNames[selected];
    if (algorithm !== undefined) return { command: 'HASH', algorithm, label: `${selected} (HASH)` };
  }
  const legacy: ReadonlyArray<readonly [string, string]> = [
    ['XSHA256', 'sha256'],
    ['XSHA1', 'sha1'],
    ['XMD5', 'md5'],
    ['XCRC', 'crc32'],
  ];
  for (const [command, algorithm] of legacy) if (features.has(command)) return { command, algorithm, label: command };
  return undefined;
}

/**
 * The digest in a hash reply, lower-case hex. HASH: `213 SHA-256 0-49 <hex> <name>`; the X-commands:
 * `250 <hex>` (proftpd) or `250 XMD5 <hex>`; XCRC digests are 8 hex digits.
 */
export function parseHashReply(text: string, algorithm: string): string | undefined {
  const lengths: Readonly<Record<string, number>> = { sha256: 64, sha1: 40, md5: 32, sha512: 128, crc32: 8 };
  const want = lengths[algorithm];
  for (const token of text.split(/\s+/)) {
    if (want !== undefined && token.length === want && /^[0-9a-f]+$/i.test(token)) return token.toLowerCase();
  }
  return undefined;
}

const crcTable = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as zip and XCRC use it) continued over one more chunk. */
export function crc32Update(crc: number, chunk: Uint8Array): number {
  let c = ~crc >>> 0;
  for (const byte of chunk) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/** The digest of a local file, lower-case hex, streaming (memory stays flat for any size). */
export async function hashLocalFile(path: string, algorithm: string): Promise<string> {
  if (algorithm === 'crc32') {
    let crc = 0;
    for await (const chunk of createReadStream(path)) crc = crc32Update(crc, chunk as Buffer);
    return crc.toString(16).padStart(8, '0');
  }
  const digest = createHash(algorithm);
  for await (const chunk of createReadStream(path)) digest.update(chunk as Buffer);
  return digest.digest('hex');
}

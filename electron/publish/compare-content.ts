import type { FtpClient } from '../ftp/client.js';
import { FtpPermanentError, FtpTemporaryError } from '../ftp/errors.js';
import { join } from 'node:path';
import { hashLocalFile, parseHashReply, type HashMethod } from './content-hash.js';
import type { LocalFile } from './local-tree.js';
import { remotePathOf, type RemoteFile } from './remote-tree.js';

/** --checksum results: same content or not, for files of equal size; and the local digests. */
export interface ContentComparison {
  readonly contentSame: Map<string, boolean>;
  /** "algorithm:hex" per path. */
  readonly hashes: Map<string, string>;
}

/**
 * Asks the server for the digest of every file whose size equals the local one, and compares it with the local
 * digest. A file the server will not hash (4xx/5xx) stays undecided and falls back to size and time.
 */
export async function compareContent(
  client: Pick<FtpClient, 'sendcmd'>,
  method: HashMethod,
  roots: { readonly localRoot: string; readonly remoteRoot: string },
  local: ReadonlyMap<string, LocalFile>,
  remote: ReadonlyMap<string, RemoteFile>,
): Promise<ContentComparison> {
  const result: ContentComparison = { contentSame: new Map(), hashes: new Map() };
  for (const file of local.values()) {
    const there = remote.get(file.path);
    if (there === undefined || there.size !== file.size) continue;
    let remoteDigest: string | undefined;
    try {
      const reply = await client.sendcmd(`${method.command} ${remotePathOf(roots.remoteRoot, file.path)}`);
      remoteDigest = parseHashReply(reply.text, method.algorithm);
    } catch (error) {
      if (error instanceof FtpPermanentError || error instanceof FtpTemporaryError) continue;
      throw error;
    }
    if (remoteDigest === undefined) continue;
    const localDigest = await hashLocalFile(join(roots.localRoot, ...file.path.split('/')), method.algorithm);
    result.hashes.set(file.path, `${method.algorithm}:${localDigest}`);
    result.contentSame.set(file.path, localDigest === remoteDigest);
  }
  return result;
}

import { FtpPermanentError } from '../ftp/errors.js';
import type { FtpClient } from '../ftp/client.js';
import type { FileStat } from '../../shared/transfer.js';

/** Joins a remote folder and a name with `/` (servers use POSIX paths whatever the local OS). */
export function remoteJoin(folder: string, name: string): string {
  return folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
}

/** The folder part of a remote path (`/` for top-level names). */
export function remoteDirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

/** The last component of a remote path. */
export function remoteBasename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** SIZE, or undefined when the file does not exist (550) — the usual "does it exist" probe. */
export async function remoteSize(client: FtpClient, path: string): Promise<number | undefined> {
  try {
    return await client.size(path);
  } catch (error) {
    if (error instanceof FtpPermanentError) return undefined;
    throw error;
  }
}

/** MDTM in ms, or undefined when the server cannot say (no such file, or no MDTM). */
export async function remoteModified(client: FtpClient, path: string): Promise<number | undefined> {
  try {
    return (await client.mdtm(path)).getTime();
  } catch (error) {
    if (error instanceof FtpPermanentError) return undefined;
    throw error;
  }
}

/** Size and time of a remote file, or undefined when it does not exist. */
export async function remoteStat(client: FtpClient, path: string): Promise<FileStat | undefined> {
  const size = await remoteSize(client, path);
  if (size === undefined) return undefined;
  const modified = await remoteModified(client, path);
  return modified === undefined ? { size } : { size, modified };
}

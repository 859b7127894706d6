import { command } from './commands.js';
import { FtpPermanentError } from './errors.js';
import { parseListLines, parseMlsdLine, type FileInfo, type ListParseOptions } from './list/index.js';
import { loadFeatures } from './login.js';
import type { Session } from './session.js';
import { listingLines } from './streams.js';
import type { TextEncodingName } from './text-codec.js';

/** NLST: bare names (ftplib `nlst`). */
export async function nlst(session: Session, path: string | undefined, encoding: TextEncodingName): Promise<string[]> {
  const lines = await listingLines(session, command('NLST', path), encoding);
  // pure-ftpd lists `.` and `..`; they are never names to act on.
  return lines.filter((line) => line !== '' && line !== '.' && line !== '..');
}

/** LIST: raw lines as the server formats them (ftplib `dir`). */
export async function dir(session: Session, path: string | undefined, encoding: TextEncodingName): Promise<string[]> {
  return listingLines(session, command('LIST', path), encoding);
}

/** MLSD (RFC 3659 §7): entries with their facts; lines that are not entries (noise) are skipped. */
export async function mlsd(session: Session, path: string | undefined, encoding: TextEncodingName): Promise<FileInfo[]> {
  const lines = await listingLines(session, command('MLSD', path), encoding);
  const entries: FileInfo[] = [];
  for (const line of lines) {
    const entry = parseMlsdLine(line);
    if (entry !== undefined && entry.name !== '.' && entry.name !== '..') entries.push(entry);
  }
  return entries;
}

function isNotImplemented(error: unknown): boolean {
  const code = error instanceof FtpPermanentError ? error.reply?.code : undefined;
  return code === 500 || code === 501 || code === 502 || code === 504;
}

/**
 * A parsed listing: MLSD when FEAT lists MLST, else `LIST -a` (so dot-files such as `.htaccess` show on
 * vsftpd), else `LIST`; each fallback is remembered for the connection (INTEROP "Listing").
 */
export async function list(
  session: Session,
  path: string | undefined,
  encoding: TextEncodingName,
  parseOptions: ListParseOptions,
): Promise<FileInfo[]> {
  if (session.listStrategy === undefined) {
    const features = await loadFeatures(session);
    session.listStrategy = features.has('MLST') ? 'mlsd' : 'list-a';
  }
  if (session.listStrategy === 'mlsd') {
    try {
      return await mlsd(session, path, encoding);
    } catch (error) {
      if (!isNotImplemented(error)) throw error;
      session.listStrategy = 'list-a';
    }
  }
  if (session.listStrategy === 'list-a') {
    const target = path === undefined || path === '' ? '-a' : `-a ${path}`;
    try {
      const lines = await listingLines(session, command('LIST', target), encoding);
      // An empty answer may mean "no such file: -a" on servers without options; LIST decides.
      if (lines.length > 0) return parseListLines(lines, parseOptions);
    } catch (error) {
      if (!isNotImplemented(error)) throw error;
      session.listStrategy = 'list';
    }
  }
  return parseListLines(await dir(session, path, encoding), parseOptions);
}

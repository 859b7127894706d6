import { command } from './commands.js';
import { errorForReply, FtpInvalidArgumentError, FtpProtocolError } from './errors.js';
import { expectCompletion, sendCommand } from './exchange.js';
import { formatTimeVal, parse257, parseTimeVal } from './reply-codes.js';
import { replyMessage, type FtpReply } from './reply.js';
import type { Session } from './session.js';
import { ensureType } from './transfer.js';

/** RNFR (expects 350) then RNTO (expects 2xx). */
export async function rename(session: Session, from: string, to: string): Promise<FtpReply> {
  command('RNTO', to);
  const reply = await sendCommand(session, command('RNFR', from));
  if (reply.code !== 350) throw errorForReply(reply);
  return expectCompletion(session, command('RNTO', to));
}

/** CWD, or CDUP for `..` (as ftplib does: some servers treat `CWD ..` literally). */
export async function cwd(session: Session, path: string): Promise<FtpReply> {
  if (path === '..') return expectCompletion(session, 'CDUP');
  return expectCompletion(session, command('CWD', path === '' ? '.' : path));
}

/** MKD; returns the created directory's name from the 257 reply, or `path` when the server gives none. */
export async function mkd(session: Session, path: string): Promise<string> {
  const reply = await expectCompletion(session, command('MKD', path));
  return parse257(reply) ?? path;
}

/** PWD; the name from the 257 reply (RFC 959: embedded quotes doubled). */
export async function pwd(session: Session): Promise<string> {
  const reply = await expectCompletion(session, 'PWD');
  const name = parse257(reply);
  if (name === undefined) throw new FtpProtocolError(`Cannot parse PWD reply: ${reply.text}`, { reply });
  return name;
}

/** SIZE after TYPE I: ProFTPD and others refuse SIZE in ASCII mode (INTEROP "SIZE"). */
export async function size(session: Session, path: string): Promise<number> {
  await ensureType(session, 'I');
  const reply = await expectCompletion(session, command('SIZE', path));
  const value = Number(replyMessage(reply).split(/\s+/)[0]);
  if (reply.code !== 213 || !Number.isSafeInteger(value)) throw new FtpProtocolError(`Cannot parse SIZE reply: ${reply.text}`, { reply });
  return value;
}

/** MDTM (RFC 3659 §3): the modification time, which is UTC. */
export async function mdtm(session: Session, path: string): Promise<Date> {
  const reply = await expectCompletion(session, command('MDTM', path));
  const date = parseTimeVal(replyMessage(reply).split(/\s+/)[0] ?? '');
  if (reply.code !== 213 || date === undefined) throw new FtpProtocolError(`Cannot parse MDTM reply: ${reply.text}`, { reply });
  return date;
}

/** MFMT (draft-somers-ftp-mfxx): sets a file's modification time (UTC, whole seconds). */
export async function mfmt(session: Session, path: string, time: Date): Promise<FtpReply> {
  return expectCompletion(session, command('MFMT', `${formatTimeVal(time)} ${path}`));
}

/** SITE CHMOD; `mode` as a number (0o644) or an octal string ('644'). */
export async function chmod(session: Session, path: string, mode: number | string): Promise<FtpReply> {
  const octal = typeof mode === 'number' ? mode.toString(8) : mode;
  if (!/^[0-7]{3,4}$/.test(octal)) throw new FtpInvalidArgumentError(`Invalid mode: ${octal}`);
  return expectCompletion(session, command('SITE', `CHMOD ${octal} ${path}`));
}

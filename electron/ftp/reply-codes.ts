import { FtpProtocolError } from './errors.js';
import type { FtpReply } from './reply.js';

/** Host and port from a `227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)` reply (RFC 959; servers vary the text). */
export function parsePasvReply(reply: FtpReply): { host: string; port: number } {
  const match = /(\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3})/.exec(reply.text);
  if (match === null) throw new FtpProtocolError(`Cannot parse PASV reply: ${reply.text}`, { reply });
  const n = match.slice(1, 7).map(Number);
  if (n.some((value) => value > 255)) throw new FtpProtocolError(`Invalid PASV reply: ${reply.text}`, { reply });
  const [a, b, c, d, p1, p2] = n as [number, number, number, number, number, number];
  return { host: `${a}.${b}.${c}.${d}`, port: p1 * 256 + p2 };
}

/**
 * Port from a `229 Entering Extended Passive Mode (|||port|)` reply (RFC 2428). The delimiter is whatever
 * character the server picks: IBM i answers `(!!!port!)`.
 */
export function parseEpsvReply(reply: FtpReply): number {
  const match = /\(([\x21-\x7e])\1\1(\d{1,5})\1\)/.exec(reply.text);
  const port = match === null ? NaN : Number(match[2]);
  if (!(port > 0 && port < 65536)) throw new FtpProtocolError(`Cannot parse EPSV reply: ${reply.text}`, { reply });
  return port;
}

/**
 * The directory name from a 257 reply (`257 "/a ""quoted"" dir" created`): RFC 959 Appendix II doubles
 * embedded quotes. Returns undefined when the reply has no quoted name (allowed by some servers).
 */
export function parse257(reply: FtpReply): string | undefined {
  const text = reply.lines[0]?.slice(4) ?? '';
  if (!text.startsWith('"')) return undefined;
  let name = '';
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      if (text[i + 1] !== '"') return name;
      i += 1;
    }
    name += char;
  }
  return undefined;
}

/** The size announced in a 150 reply such as `150 Opening BINARY mode data connection for f (1234 bytes)`. */
export function parse150Size(reply: FtpReply): number | undefined {
  const match = /\((\d+)\s+bytes?\)/i.exec(reply.text);
  return match === null ? undefined : Number(match[1]);
}

/** A `YYYYMMDDHHMMSS[.sss]` time value (RFC 3659 §2.3), always UTC. */
export function parseTimeVal(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?$/.exec(value.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s, frac] = match;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Formats a Date as the UTC `YYYYMMDDHHMMSS` value MFMT expects. */
export function formatTimeVal(date: Date): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/**
 * FEAT (RFC 2389): feature lines start with exactly one space; the first word (upper-cased) is the key, the
 * rest its parameters (`REST STREAM` → `REST` = `STREAM`), kept verbatim.
 */
export function parseFeatures(reply: FtpReply): Map<string, string> {
  const features = new Map<string, string>();
  if (reply.code !== 211) return features;
  for (const line of reply.lines.slice(1, -1)) {
    if (!line.startsWith(' ')) continue;
    // Keys are matched leniently (some servers indent more); parameters are kept as sent.
    const body = line.slice(1).trim();
    const space = body.indexOf(' ');
    const key = (space === -1 ? body : body.slice(0, space)).toUpperCase();
    if (key !== '') features.set(key, space === -1 ? '' : body.slice(space + 1));
  }
  return features;
}

import type { ColourLabel, LogonType, SiteProtocol } from '../../shared/site.js';

// Decoders for the fields of FileZilla 3's sitemanager.xml. The numbers are FileZilla's own enums
// (src/include/server.h: ServerProtocol, LogonType; site colours from its site manager), which it promises
// never to renumber because saved sites depend on them.

/** A FileZilla value mapped to ours, or the reason it cannot be. */
export type Mapped<T> = { readonly ok: true; readonly value: T; readonly warning?: string } | { readonly ok: false; readonly reason: string };

const protocolNames: Readonly<Record<number, string>> = {
  1: 'SFTP', 2: 'HTTP', 5: 'HTTPS', 7: 'Amazon S3', 8: 'Storj', 9: 'WebDAV', 10: 'Azure File', 11: 'Azure Blob',
  12: 'OpenStack Swift', 13: 'Google Cloud', 14: 'Google Drive', 15: 'Dropbox', 16: 'OneDrive', 17: 'Backblaze B2',
  18: 'Box', 19: 'WebDAV', 20: 'Rackspace', 21: 'Storj',
};

/** FileZilla's ServerProtocol: 0 FTP (explicit TLS if available), 3 FTPS implicit, 4 FTPES, 6 insecure FTP. */
export function mapProtocol(text: string | undefined): Mapped<SiteProtocol> {
  const code = text === undefined || text.trim() === '' ? 0 : Number(text);
  switch (code) {
    case 0:
      return { ok: true, value: 'ftpes-if-available' };
    case 3:
      return { ok: true, value: 'ftps-implicit' };
    case 4:
      return { ok: true, value: 'ftpes-required' };
    case 6:
      return { ok: true, value: 'ftp' };
    default: {
      const name = protocolNames[code];
      return { ok: false, reason: name === undefined ? `unknown protocol number ${text}` : `${name} is not FTP or FTPS; Ferry speaks only those` };
    }
  }
}

/** FileZilla's LogonType: 0 anonymous, 1 normal, 2 ask, 3 interactive, 4 account, 5 key file, 6 profile. */
export function mapLogonType(text: string | undefined): Mapped<LogonType> {
  switch (text === undefined || text.trim() === '' ? 0 : Number(text)) {
    case 0:
      return { ok: true, value: 'anonymous' };
    case 1:
      return { ok: true, value: 'normal' };
    case 2:
      return { ok: true, value: 'ask' };
    case 3:
      return { ok: true, value: 'ask', warning: 'Interactive logon became "ask for password".' };
    case 4:
      return { ok: true, value: 'normal', warning: 'The FTP account (ACCT) is not supported and was left out.' };
    case 5:
      return { ok: false, reason: 'key file logon is for SFTP' };
    default:
      return { ok: false, reason: `unsupported logon type ${text}` };
  }
}

const colours: readonly ColourLabel[] = ['none', 'red', 'green', 'blue', 'yellow', 'cyan', 'magenta', 'orange'];

/** FileZilla's site colour index (0 none … 7 orange); anything else is no colour. */
export function mapColour(text: string | undefined): ColourLabel {
  return colours[Number(text ?? 0)] ?? 'none';
}

/** EncodingType Auto and UTF-8 are UTF-8 for us; Custom carries its own name in CustomEncoding. */
export function mapEncoding(type: string | undefined, custom: string | undefined): string {
  return type === 'Custom' && custom !== undefined && custom.trim() !== '' ? custom.trim().toLowerCase() : 'utf-8';
}

/**
 * Decodes FileZilla's "safe path" for RemoteDir: `<server type> <prefix length> [prefix] (<length> <segment>)*`,
 * so `1 0 3 pub 4 site` is `/pub/site`. Lengths count characters because segments may contain spaces.
 * Paths with a prefix (VMS, MVS) have no slash form and are not imported.
 */
export function decodeRemoteDir(text: string | undefined): Mapped<string> {
  if (text === undefined || text.trim() === '') return { ok: true, value: '' };
  const chars = Array.from(text.trim());
  let at = 0;
  const number = (): number => {
    const start = at;
    while (at < chars.length && /[0-9]/.test(chars[at] ?? '')) at += 1;
    if (start === at) throw new Error('a number was expected');
    return Number(chars.slice(start, at).join(''));
  };
  const space = (): void => {
    if (chars[at] !== ' ') throw new Error('a space was expected');
    at += 1;
  };
  try {
    number();
    space();
    const prefixLength = number();
    if (prefixLength > 0) return { ok: false, reason: `the remote folder "${text}" is not a slash-separated path` };
    const segments: string[] = [];
    while (at < chars.length) {
      space();
      const length = number();
      space();
      if (at + length > chars.length) throw new Error('a segment is shorter than its length says');
      segments.push(chars.slice(at, at + length).join(''));
      at += length;
    }
    return { ok: true, value: `/${segments.join('/')}` };
  } catch (error) {
    return { ok: false, reason: `the remote folder "${text}" could not be read (${(error as Error).message})` };
  }
}

/** A password as FileZilla stored it: base64 (3.x), plain (old versions), or encrypted with its master password. */
export function decodePassword(text: string | undefined, encoding: string | undefined): Mapped<string | undefined> {
  if (text === undefined || text === '') return { ok: true, value: undefined };
  if (encoding === 'crypt') {
    return { ok: false, reason: 'FileZilla encrypted this password with its master password, so it cannot be imported' };
  }
  if (encoding === 'base64') {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text.trim())) return { ok: false, reason: 'the saved password is not valid base64' };
    return { ok: true, value: Buffer.from(text.trim(), 'base64').toString('utf8') };
  }
  if (encoding === undefined || encoding === '' || encoding === 'plain') return { ok: true, value: text };
  return { ok: false, reason: `the password uses an unknown encoding "${encoding}"` };
}

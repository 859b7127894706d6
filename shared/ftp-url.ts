/** `ftp` plain, `ftps` implicit TLS from the first byte, `ftpes` explicit TLS (AUTH TLS) that must succeed. */
export const ftpProtocols = ['ftp', 'ftps', 'ftpes'] as const;
export type FtpProtocol = (typeof ftpProtocols)[number];

/** Port when the URL names none: implicit FTPS has its own well-known port (990, RFC 4217 §2 / IANA). */
export const defaultFtpPorts: Readonly<Record<FtpProtocol, number>> = { ftp: 21, ftps: 990, ftpes: 21 };

/**
 * A parsed server address; host is lower-cased, IPv6 without brackets; user, password and path decoded.
 * A plain type, not a zod schema: the CLI and the renderer import this file, and zod costs them start-up time
 * and bundle size for nothing (nothing crosses IPC in this shape).
 */
export interface FtpUrl {
  readonly protocol: FtpProtocol;
  readonly host: string;
  readonly port: number;
  readonly user?: string;
  readonly password?: string;
  readonly path: string;
}

/** Thrown by parseFtpUrl with a message fit to show under a quick-connect box. */
export class FtpUrlError extends Error {
  override readonly name = 'FtpUrlError';
}

const schemePrefix = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
/** A host name: no spaces, controls, or characters that delimit other URL parts. Unicode (IDN) is allowed. */
const hostName = /^[^\s\u0000-\u001f\u007f/\\@:[\]%?#]+$/u;
const ipv6Literal = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9._~-]+)?$/;

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new FtpUrlError(`The ${what} has a broken %-escape: "${text}".`);
  }
}

function parsePort(text: string, protocol: FtpProtocol): number {
  if (text === '') return defaultFtpPorts[protocol];
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new FtpUrlError(`Port "${text}" is not a number from 1 to 65535.`);
  return port;
}

function splitHostPort(hostPort: string): readonly [host: string, port: string] {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    const host = decode(hostPort.slice(1, close), 'IPv6 address');
    const after = hostPort.slice(close + 1);
    if (close < 0 || !ipv6Literal.test(host) || (after !== '' && !after.startsWith(':'))) {
      throw new FtpUrlError(`"${hostPort}" is not a valid IPv6 address in brackets, such as [::1]:2121.`);
    }
    return [host.toLowerCase(), after.slice(1)];
  }
  const colon = hostPort.indexOf(':');
  if (colon !== hostPort.lastIndexOf(':')) {
    throw new FtpUrlError(`Put an IPv6 address in brackets, such as [${hostPort}] or [::1]:2121.`);
  }
  const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
  if (host === '') throw new FtpUrlError('The address has no server name.');
  if (!hostName.test(host)) throw new FtpUrlError(`"${host}" is not a valid server name.`);
  return [host.toLowerCase(), colon < 0 ? '' : hostPort.slice(colon + 1)];
}

/**
 * Parses what a user types or pastes: `ftp://`, `ftps://` (implicit TLS), `ftpes://` (explicit TLS) URLs with
 * optional `user:password@` (percent-decoded) and path, or a bare `host[:port]` / `[::1]:2121` meaning plain FTP.
 * The userinfo ends at the last `@` before the path, so an unescaped `@` in a password still works.
 * Throws FtpUrlError with a readable message for anything else.
 */
export function parseFtpUrl(text: string): FtpUrl {
  const input = text.trim();
  if (input === '') throw new FtpUrlError('Enter a server address, such as ftp.example.com or ftpes://example.com.');
  const scheme = schemePrefix.exec(input);
  if (scheme === null && input.includes('://')) throw new FtpUrlError(`"${input}" is not a valid address.`);
  const schemeName = scheme?.[1]?.toLowerCase() ?? 'ftp';
  if (!(ftpProtocols as readonly string[]).includes(schemeName)) {
    throw new FtpUrlError(`"${schemeName}://" is not supported; use ftp://, ftps:// or ftpes://.`);
  }
  const protocol = schemeName as FtpProtocol;
  const rest = input.slice(scheme?.[0].length ?? 0);
  if (/[\s\u0000-\u001f\u007f]/u.test(rest)) {
    throw new FtpUrlError('The address contains spaces or control characters; write a space in a path as %20.');
  }
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const at = authority.lastIndexOf('@');
  const [host, portText] = splitHostPort(authority.slice(at + 1));
  const port = parsePort(portText, protocol);
  const url: { -readonly [K in keyof FtpUrl]: FtpUrl[K] } = { protocol, host, port, path: '/' };
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    const colon = userInfo.indexOf(':');
    const user = decode(colon < 0 ? userInfo : userInfo.slice(0, colon), 'user name');
    if (user !== '') url.user = user;
    if (colon >= 0) url.password = decode(userInfo.slice(colon + 1), 'password');
  }
  if (slash >= 0) {
    url.path = decode(rest.slice(slash), 'path');
    // A decoded CR, LF or NUL would end the FTP command early: a command injection, not a path.
    if (/[\r\n\0]/.test(url.path)) throw new FtpUrlError('The path contains a line break or NUL character.');
  }
  return url;
}

/** %-escapes what would change how the text parses back, plus controls; leaves letters (also non-ASCII) readable. */
function escapePart(text: string, reserved: RegExp): string {
  return text.replace(reserved, (char) => encodeURIComponent(char));
}

const userInfoReserved = /[%@:/\s\u0000-\u001f\u007f]/gu;
const pathReserved = /[%\s\u0000-\u001f\u007f]/gu;

/**
 * Renders an FtpUrl as a URL that parseFtpUrl reads back. The password is left out unless `withPassword` is
 * true, which is only for handing the URL to another program, never for showing it. The port is left out when
 * it is the protocol's default.
 */
export function formatFtpUrl(url: FtpUrl, options: { readonly withPassword?: boolean } = {}): string {
  let userInfo = '';
  if (url.user !== undefined) {
    userInfo = escapePart(url.user, userInfoReserved);
    if (options.withPassword === true && url.password !== undefined) {
      userInfo += `:${escapePart(url.password, userInfoReserved)}`;
    }
    userInfo += '@';
  }
  const host = url.host.includes(':') ? `[${url.host.replace('%', '%25')}]` : url.host;
  const port = url.port === defaultFtpPorts[url.protocol] ? '' : `:${url.port}`;
  return `${url.protocol}://${userInfo}${host}${port}${escapePart(url.path, pathReserved)}`;
}

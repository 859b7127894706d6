import { FtpUrlError, parseFtpUrl } from '../../../shared/ftp-url.js';
import type { SiteProtocol } from '../../../shared/site.js';

/** The protocol choices quick connect offers, in the order of its menu, with what each one means. */
export const quickProtocols: readonly { readonly value: SiteProtocol; readonly label: string; readonly short: string }[] = [
  { value: 'ftpes-if-available', label: 'FTP over TLS if available', short: 'TLS if available' },
  { value: 'ftpes-required', label: 'FTP over TLS (required)', short: 'TLS required' },
  { value: 'ftps-implicit', label: 'FTPS (implicit TLS)', short: 'Implicit TLS' },
  { value: 'ftp', label: 'Plain FTP (insecure)', short: 'Plain FTP' },
];

/** What the quick-connect form asks for; the password never leaves the form except to connect. */
export interface QuickConnectInput {
  readonly host: string;
  readonly user: string;
  readonly password: string;
  readonly port: string;
  readonly protocol?: SiteProtocol;
}

/** A checked quick-connect request, or the field to fix and why. */
export type QuickConnectCheck =
  | { readonly ok: true; readonly host: string; readonly port: number; readonly user: string; readonly protocol: SiteProtocol }
  | { readonly ok: false; readonly field: 'host' | 'port'; readonly message: string };

/** The port a protocol uses unless told otherwise (shared/site.ts's rule; importing it would bundle zod). */
export function defaultPort(protocol: SiteProtocol): number {
  return protocol === 'ftps-implicit' ? 990 : 21;
}

/** Checks the form before anything is sent: a host is needed, the port is 1–65535 (empty: the protocol's). */
export function checkQuickConnect(input: QuickConnectInput): QuickConnectCheck {
  const protocol = input.protocol ?? 'ftpes-if-available';
  const host = input.host.trim();
  if (host === '') {
    return { ok: false, field: 'host', message: 'Enter a host to connect to, like ftp.example.com.' };
  }
  if (host.includes('://') || host.includes('@') || /[\s/]/.test(host)) {
    return { ok: false, field: 'host', message: 'Enter only the server name here, like ftp.example.com, or paste a whole ftp:// address.' };
  }
  const portText = input.port.trim();
  const port = portText === '' ? defaultPort(protocol) : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    return { ok: false, field: 'port', message: 'The port is a number from 1 to 65535 (FTP uses 21).' };
  }
  return { ok: true, host, port, user: input.user.trim(), protocol };
}

/** What a pasted address fills in; fields the address did not name are left out. */
export interface UrlFill {
  readonly host: string;
  readonly port: string;
  readonly protocol: SiteProtocol;
  readonly user?: string;
  readonly password?: string;
  /** The folder to open after connecting, when the address named one. */
  readonly path?: string;
}

/**
 * ftp:// means "FTP" to most people and to FileZilla, which then still tries TLS: it maps to the safe
 * default. ftpes:// asks for TLS explicitly and ftps:// for implicit TLS.
 */
const schemeProtocols: Record<'ftp' | 'ftps' | 'ftpes', SiteProtocol> = {
  ftp: 'ftpes-if-available',
  ftpes: 'ftpes-required',
  ftps: 'ftps-implicit',
};

/**
 * Reads a pasted `ftp://`, `ftps://` or `ftpes://` address (or `user@host:port`) into the form's fields.
 * Null when the text is a plain host name (nothing to fill); a FtpUrlError's message when it looks like an
 * address but is broken.
 */
export function fillFromUrl(text: string): UrlFill | { readonly error: string } | null {
  const trimmed = text.trim();
  if (!trimmed.includes('://') && !trimmed.includes('@') && !/^[^:]+:\d+$/.test(trimmed)) return null;
  try {
    const url = parseFtpUrl(trimmed);
    const protocol = trimmed.includes('://') ? schemeProtocols[url.protocol] : 'ftpes-if-available';
    return {
      host: url.host,
      port: url.port === defaultPort(protocol) ? '' : String(url.port),
      protocol,
      ...(url.user === undefined ? {} : { user: url.user }),
      ...(url.password === undefined ? {} : { password: url.password }),
      ...(url.path === '/' ? {} : { path: url.path }),
    };
  } catch (error) {
    if (error instanceof FtpUrlError) return { error: error.message };
    throw error;
  }
}

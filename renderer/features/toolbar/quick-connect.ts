/** What the quick-connect form asks for; the password never leaves the form except to connect. */
export interface QuickConnectInput {
  readonly host: string;
  readonly user: string;
  readonly password: string;
  readonly port: string;
}

/** A checked quick-connect request, or the field to fix and why. */
export type QuickConnectCheck =
  | { readonly ok: true; readonly host: string; readonly port: number; readonly user: string }
  | { readonly ok: false; readonly field: 'host' | 'port'; readonly message: string };

/** Checks the form before anything is sent: a host is needed, the port is 1–65535 (empty means 21). */
export function checkQuickConnect(input: QuickConnectInput): QuickConnectCheck {
  const host = input.host.trim();
  if (host === '') {
    return { ok: false, field: 'host', message: 'Enter a host to connect to, like ftp.example.com.' };
  }
  const portText = input.port.trim();
  const port = portText === '' ? 21 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    return { ok: false, field: 'port', message: 'The port is a number from 1 to 65535 (FTP uses 21).' };
  }
  return { ok: true, host, port, user: input.user.trim() };
}

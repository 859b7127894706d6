import type { ServerCapabilities } from '../../../shared/remote-session.js';

/** One thing a server does or does not do, in plain words. */
export interface CapabilityLine {
  readonly key: keyof Omit<ServerCapabilities, 'tlsVersion'>;
  readonly supported: boolean;
  readonly text: string;
}

/** Node names versions `TLSv1.3`; people read "TLS 1.3". */
export function tlsVersionText(version: string | null): string {
  if (version === null) return 'TLS';
  return version.replace(/^TLSv?/i, 'TLS ');
}

/**
 * What "Test connection" says the server supports, most important first: encryption, then listings,
 * resume and names (what changes how Ferry behaves), then the details.
 */
export function capabilityLines(capabilities: ServerCapabilities): CapabilityLine[] {
  const line = (key: CapabilityLine['key'], yes: string, no: string): CapabilityLine => ({
    key,
    supported: capabilities[key],
    text: capabilities[key] ? yes : no,
  });
  return [
    line('tls', `Encrypted (${tlsVersionText(capabilities.tlsVersion)})`, 'Not encrypted'),
    line('mlsd', 'Modern listings (MLSD)', 'Classic listings only (no MLSD)'),
    line('resume', 'Resume supported', 'No resume (no REST STREAM)'),
    line('utf8', 'UTF-8 names', 'UTF-8 names not announced'),
    line('mfmt', 'Keeps file times (MFMT)', 'Cannot set file times (no MFMT)'),
    line('epsv', 'Extended passive (EPSV)', 'No extended passive (EPSV)'),
  ];
}

/** The lines as one sentence-like summary: "Encrypted (TLS 1.3) · Modern listings (MLSD) · …". */
export function capabilitySummary(capabilities: ServerCapabilities): string {
  return capabilityLines(capabilities)
    .map((entry) => entry.text)
    .join(' · ');
}

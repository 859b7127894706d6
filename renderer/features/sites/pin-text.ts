import type { PinnedCertificate } from '../../../shared/site.js';
import { describeName } from '../certificates/certificate-format.js';

/** "host:port", with brackets around an IPv6 address so the port stays readable. */
export function endpointText(pin: Pick<PinnedCertificate, 'host' | 'port'>): string {
  return `${pin.host.includes(':') ? `[${pin.host}]` : pin.host}:${pin.port}`;
}

/** The common name of a subject ("CN=localhost, O=…" → "localhost"), else the subject as it is. */
export function subjectName(subject: string): string {
  if (subject.trim() === '') return 'No subject recorded';
  return describeName(subject)[0]?.value ?? subject;
}

const pinnedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Trusted since 21 Nov 2026, 10:40" in the user's locale; the stored text if it does not parse. */
export function pinnedSince(pinnedAt: string, format: Intl.DateTimeFormat = pinnedFormat): string {
  const time = Date.parse(pinnedAt);
  return `Trusted since ${Number.isNaN(time) ? pinnedAt : format.format(time)}`;
}

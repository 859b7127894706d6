/**
 * A SHA-256 fingerprint ("AB:CD:…", 32 bytes) in groups of eight bytes, one group per line, so people can
 * compare it with what their hosting provider sent piece by piece.
 */
export function groupFingerprint(fingerprint: string): string[] {
  const bytes = fingerprint.toUpperCase().split(':').filter((part) => part !== '');
  const groups: string[] = [];
  for (let index = 0; index < bytes.length; index += 8) {
    groups.push(bytes.slice(index, index + 8).join(':'));
  }
  return groups;
}

/** Whether a certificate is within its validity period now. */
export type Validity = 'valid' | 'expired' | 'not-yet-valid' | 'unknown';

/** Node prints validity as "Nov 21 09:06:34 2026 GMT", which Date.parse reads; anything else is unknown. */
export function validityOf(validFrom: string, validTo: string, now: number = Date.now()): Validity {
  const from = Date.parse(validFrom);
  const to = Date.parse(validTo);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'unknown';
  if (now < from) return 'not-yet-valid';
  if (now > to) return 'expired';
  return 'valid';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A validity date as the user's locale writes it; the raw text when it does not parse. */
export function formatCertificateDate(text: string, format: Intl.DateTimeFormat = dateFormat): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : format.format(time);
}

/**
 * A distinguished name ("CN=localhost, O=Ferry Test") as label/value pairs with readable labels; the common
 * name first because that is what people recognise.
 */
export function describeName(name: string): { label: string; value: string }[] {
  const labels: Record<string, string> = {
    CN: 'Common name',
    O: 'Organization',
    OU: 'Unit',
    C: 'Country',
    ST: 'State',
    L: 'Locality',
    emailAddress: 'Email',
  };
  const parts = name
    .split(/,\s*(?=[A-Za-z][A-Za-z0-9.]*=)/)
    .map((part) => {
      const equals = part.indexOf('=');
      const key = equals < 0 ? '' : part.slice(0, equals).trim();
      return { key, label: labels[key] ?? (key === '' ? 'Name' : key), value: equals < 0 ? part.trim() : part.slice(equals + 1).trim() };
    })
    .filter((part) => part.value !== '');
  parts.sort((a, b) => Number(b.key === 'CN') - Number(a.key === 'CN'));
  return parts.map(({ label, value }) => ({ label, value }));
}

/** "DNS:localhost" / "IP Address:127.0.0.1" without the prefixes, which mean nothing to most people. */
export function altNameText(entry: string): string {
  const text = entry.replace(/^(DNS|IP Address|URI|email):/i, '');
  // Node spells IPv6 addresses in full ("0:0:0:0:0:0:0:1"); people know them as "::1".
  return /^IP Address:/i.test(entry) && text.includes(':') ? compressIpv6(text) : text;
}

/** RFC 5952: the longest run of two or more zero groups becomes "::", leading zeros go. */
function compressIpv6(address: string): string {
  const groups = address.split(':').map((group) => group.replace(/^0+(?=.)/, '').toLowerCase());
  let best = { start: -1, length: 0 };
  for (let index = 0; index < groups.length; ) {
    if (groups[index] !== '0') {
      index += 1;
      continue;
    }
    let end = index;
    while (groups[end] === '0') end += 1;
    if (end - index > best.length) best = { start: index, length: end - index };
    index = end;
  }
  if (best.length < 2) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}

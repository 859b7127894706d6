/**
 * The site's address with `ferry=<timestamp>` added, so "Open website" skips the browser's (and a CDN's) cached
 * copy; an existing query and `#fragment` are kept. A bare host gets `https://`. Undefined for an empty or
 * non-web address.
 */
export function cacheBustedUrl(address: string, now: number): string | undefined {
  const trimmed = address.trim();
  if (trimmed === '') return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.searchParams.set('ferry', String(now));
  return url.toString();
}

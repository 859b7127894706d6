/** The parts of `window` the token handling touches, so tests can pass plain objects. */
export interface TokenPage {
  readonly location: { readonly href: string };
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

const storageKey = 'ferry.webShellToken';

/**
 * Takes the web shell's token from `?token=` (then keeps it in sessionStorage so a reload still works, and removes
 * it from the address bar so it is not bookmarked or shown), or from sessionStorage after a reload.
 */
export function takePageToken(page: TokenPage): string | null {
  const url = new URL(page.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl === null || fromUrl === '') return page.sessionStorage.getItem(storageKey);
  page.sessionStorage.setItem(storageKey, fromUrl);
  url.searchParams.delete('token');
  page.history.replaceState(page.history.state, '', url.pathname + url.search + url.hash);
  return fromUrl;
}

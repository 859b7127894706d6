import { pathToFileURL } from 'node:url';

/** Where our renderer may legitimately be loaded from. */
export interface TrustedRendererOrigins {
  /** Folder of the built renderer (dist/renderer); only file:// URLs inside it are ours. */
  readonly rendererDir: string;
  /** The Vite dev server's origin, only when running unpackaged in development. */
  readonly devOrigin?: string;
}

/**
 * Decides whether a frame URL is our own page. Anything else (a navigated-away frame, an iframe's content,
 * a file elsewhere on disk) gets FORBIDDEN_SENDER, following Electron's security checklist (validate senders).
 */
export function isTrustedRendererUrl(url: string, trusted: TrustedRendererOrigins): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    const base = pathToFileURL(trusted.rendererDir).href.replace(/\/?$/, '/');
    // URL parsing already resolved `..` and percent-encoded dots, so a prefix test is sound here.
    return parsed.href.startsWith(base);
  }
  return trusted.devOrigin !== undefined && parsed.origin === new URL(trusted.devOrigin).origin;
}

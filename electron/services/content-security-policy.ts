/** Where the page may open sockets and, in development only, whether inline scripts run. */
export interface CspOptions {
  /** Extra connect-src sources, e.g. the web shell's `ws://127.0.0.1:PORT`. */
  readonly connectSrc?: readonly string[];
  /**
   * Vite's React plugin injects an inline refresh preamble in dev; allowing inline scripts is confined to an
   * unpackaged app on the dev server.
   */
  readonly devInlineScripts?: boolean;
}

/** The one Content-Security-Policy of Ferry's page, shared by the Electron window and the web shell. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const script = options.devInlineScripts === true ? "'self' 'unsafe-inline'" : "'self'";
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

import type { ServerCapabilities } from '../../shared/remote-session.js';

/**
 * What a server supports, read from its FEAT map (keys upper-case, values the rest of the line) and the
 * state of the control connection. No FEAT at all (old servers) means nothing is announced.
 */
export function serverCapabilities(
  features: ReadonlyMap<string, string> | undefined,
  secure: boolean,
  tlsVersion: string | undefined,
): ServerCapabilities {
  const feat = features ?? new Map<string, string>();
  return {
    tls: secure,
    tlsVersion: secure ? (tlsVersion ?? null) : null,
    // INTEROP: MLST in FEAT means MLSD works (pyftpdlib lists only MLST, never MLSD).
    mlsd: feat.has('MLST') || feat.has('MLSD'),
    utf8: feat.has('UTF8'),
    // RFC 3659 §5.5: only "REST STREAM" promises restarts in stream mode; a bare REST says nothing.
    resume: /(^|\s)STREAM(\s|$)/i.test(feat.get('REST') ?? ''),
    mfmt: feat.has('MFMT'),
    epsv: feat.has('EPSV'),
  };
}

// The engine's protocol log names the control connection's TLS version once the handshake is done
// (`TLS control: TLSv1.3 TLS_AES_256_GCM_SHA384`); the client has no getter for it.
const tlsControlLine = /^TLS control: (TLSv?[\d.]+)/;

/** The TLS version of a `TLS control: …` log line, or undefined for any other line. */
export function tlsVersionFromLog(text: string): string | undefined {
  return tlsControlLine.exec(text)?.[1];
}

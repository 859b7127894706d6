import type { PinnedCertificate } from '../../shared/site.js';

/** How a presented certificate compares with what the user chose to trust for that host and port. */
export type PinVerdict =
  | { readonly kind: 'not-pinned' }
  | { readonly kind: 'match'; readonly pin: PinnedCertificate }
  | { readonly kind: 'mismatch'; readonly pin: PinnedCertificate; readonly presented: string; readonly warning: string };

const normalize = (fingerprint: string): string => fingerprint.trim().toUpperCase();

/**
 * Compares a server's SHA-256 fingerprint with the pin for its host and port. A mismatch carries a warning that
 * names both fingerprints: it is either a renewed certificate or someone in the middle, and only the user can
 * tell which.
 */
export function checkAgainstPin(pin: PinnedCertificate | undefined, presentedFingerprint256: string): PinVerdict {
  if (pin === undefined) return { kind: 'not-pinned' };
  const presented = normalize(presentedFingerprint256);
  if (presented === normalize(pin.fingerprint256)) return { kind: 'match', pin };
  return {
    kind: 'mismatch',
    pin,
    presented,
    warning:
      `The certificate of ${pin.host}:${pin.port} is not the one you chose to trust always. ` +
      `Trusted: ${pin.fingerprint256}. Presented now: ${presented}. ` +
      'The server may have renewed its certificate, or someone may be intercepting the connection.',
  };
}

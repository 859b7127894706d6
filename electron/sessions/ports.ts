/**
 * What the session layer needs from the site store and the keychain, as small interfaces their classes
 * satisfy structurally (SiteStore's findPin/pinCertificate, CredentialStore's getPassword), so sessions
 * can be built and tested without either.
 */

/** A certificate the user pinned ("trust always") for one host and port. */
export interface CertificatePin {
  readonly fingerprint256: string;
}

/** Reads and writes certificate pins, keyed by host (case-insensitive) and port. */
export interface CertificatePinStore {
  findPin(host: string, port: number): CertificatePin | undefined;
  pinCertificate(input: { host: string; port: number; fingerprint256: string; subject: string }): Promise<unknown>;
}

/** Reads a site's saved password; undefined when none is saved. */
export interface PasswordLookup {
  getPassword(siteId: string): Promise<string | undefined>;
}

/** Pins kept in memory only: for the web shell and tests until the site store is wired in. */
export function createMemoryPinStore(): CertificatePinStore & { readonly size: number } {
  const pins = new Map<string, CertificatePin & { subject: string }>();
  const key = (host: string, port: number): string => `${host.toLowerCase()}:${port}`;
  return {
    findPin: (host, port) => pins.get(key(host, port)),
    pinCertificate: async ({ host, port, fingerprint256, subject }) => {
      pins.set(key(host, port), { fingerprint256: fingerprint256.toUpperCase(), subject });
    },
    get size() {
      return pins.size;
    },
  };
}

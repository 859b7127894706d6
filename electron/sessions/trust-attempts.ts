import { randomUUID } from 'node:crypto';
import type { CertificateDetails, RemoteConnectParams, RemoteConnectResponse } from '../../shared/remote-session.js';
import type { FtpTlsCertificateError } from '../ftp/errors.js';
import { normalizeFingerprint } from '../ftp/tls.js';

/** A connection waiting for the user's trust decision; main keeps the password so the renderer need not resend it. */
export interface TrustAttempt {
  readonly params: RemoteConnectParams;
  readonly password: string | undefined;
  readonly owner: string;
  readonly certificate: CertificateDetails;
  readonly expires: number;
}

/** The certificate as the dialog shows it. */
export function certificateDetails(error: FtpTlsCertificateError): CertificateDetails {
  const cert = error.certificate;
  return {
    fingerprint256: cert.fingerprint256,
    subject: cert.subject,
    issuer: cert.issuer,
    validFrom: cert.validFrom,
    validTo: cert.validTo,
    subjectAltNames: [...cert.subjectAltNames],
    tlsVersion: error.tlsVersion ?? null,
    cipher: error.cipher ?? null,
    pem: cert.pem ?? null,
  };
}

/** True when two fingerprints name the same certificate (case and separators ignored). */
export function sameFingerprint(a: string, b: string): boolean {
  return normalizeFingerprint(a) === normalizeFingerprint(b);
}

/**
 * Attempts waiting for a decision, by id. They expire (a decision hours later should look at the certificate
 * again) and are few: the oldest go first beyond the cap, so a page cannot make main hoard passwords.
 */
export class TrustAttempts {
  private readonly attempts = new Map<string, TrustAttempt>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 16,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt and builds the needs-trust answer; `pinned` is the fingerprint pinned there, if any. */
  add(attempt: Omit<TrustAttempt, 'expires'>, reason: string, pinned: string | undefined): RemoteConnectResponse {
    this.prune();
    const attemptId = randomUUID();
    this.attempts.set(attemptId, { ...attempt, expires: this.now() + this.ttlMs });
    while (this.attempts.size > this.max) this.attempts.delete(this.attempts.keys().next().value as string);
    const changed = pinned !== undefined && !sameFingerprint(pinned, attempt.certificate.fingerprint256);
    return {
      status: 'needs-trust',
      attemptId,
      reason,
      certificate: attempt.certificate,
      changed,
      pinnedFingerprint256: changed ? pinned : null,
    };
  }

  /** Takes an attempt out (each is used once); undefined when unknown, expired or another renderer's. */
  take(attemptId: string, owner: string): TrustAttempt | undefined {
    this.prune();
    const attempt = this.attempts.get(attemptId);
    if (attempt === undefined || attempt.owner !== owner) return undefined;
    this.attempts.delete(attemptId);
    return attempt;
  }

  /** Forgets every attempt of a renderer that went away. */
  dropOwner(owner: string): void {
    for (const [id, attempt] of this.attempts) if (attempt.owner === owner) this.attempts.delete(id);
  }

  private prune(): void {
    const now = this.now();
    for (const [id, attempt] of this.attempts) if (attempt.expires <= now) this.attempts.delete(id);
  }
}

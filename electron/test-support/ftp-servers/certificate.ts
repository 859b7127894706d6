import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The self-signed certificate every test server of this process presents, held in memory. */
export interface TestCertificate {
  readonly pem: string;
  readonly keyPem: string;
  readonly fingerprint256: string;
}

/** Where one server instance finds the certificate on disk. */
export interface CertificateFiles {
  readonly certPath: string;
  readonly keyPath: string;
  /** Certificate and key in one file, as pure-ftpd wants it. */
  readonly combinedPath: string;
}

let cached: Promise<TestCertificate> | undefined;

async function generate(): Promise<TestCertificate> {
  const dir = await mkdtemp(join(tmpdir(), 'ferry-cert-'));
  try {
    const certPath = join(dir, 'cert.pem');
    const keyPath = join(dir, 'key.pem');
    await run('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath,
      '-days', '3650', '-subj', '/CN=localhost',
      // SAN so clients can verify against this PEM as CA for both "localhost" and the IPs.
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
    ]);
    const pem = await readFile(certPath, 'utf8');
    const keyPem = await readFile(keyPath, 'utf8');
    return { pem, keyPem, fingerprint256: new X509Certificate(pem).fingerprint256 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Returns this process's test certificate, generating it with `openssl` on first use. */
export function testCertificate(): Promise<TestCertificate> {
  cached ??= generate().catch((error: unknown) => {
    cached = undefined;
    throw new Error(`could not generate the test certificate with openssl: ${String(error)}`);
  });
  return cached;
}

/**
 * Writes the certificate into one server's private folder, so it disappears with that folder.
 * The servers read these as root before dropping privileges, hence mode 0600 is enough.
 */
export async function writeCertificateFiles(cert: TestCertificate, dir: string): Promise<CertificateFiles> {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  const combinedPath = join(dir, 'combined.pem');
  await writeFile(certPath, cert.pem, { mode: 0o644 });
  await writeFile(keyPath, cert.keyPem, { mode: 0o600 });
  await writeFile(combinedPath, `${cert.pem}${cert.keyPem}`, { mode: 0o600 });
  return { certPath, keyPath, combinedPath };
}

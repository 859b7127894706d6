import { access, constants } from 'node:fs/promises';
import type { CertificateFiles } from './certificate.js';
import type { PortBlock } from './free-port.js';
import type { TempRoot } from './temp-root.js';
import { installHint, type TestUser } from './test-user.js';
import type { ServerKind, TlsMode } from './types.js';

/** Everything a server module needs to write its config. */
export interface LaunchContext {
  readonly tls: TlsMode;
  readonly ports: PortBlock;
  readonly dirs: TempRoot;
  readonly cert: CertificateFiles;
  readonly user: TestUser;
}

/** How to start one server instance in the foreground. */
export interface LaunchPlan {
  readonly command: string;
  readonly args: readonly string[];
  /** Log files the server writes itself, quoted in start-up errors and `readLog()`. */
  readonly logFiles: readonly string[];
  /** Whether anonymous logins see `root` (read-only). */
  readonly anonymous: boolean;
}

/** Where .ci/install-test-deps.sh unpacks proftpd and pure-ftpd. */
export const serversDir = process.env['FERRY_TEST_SERVERS_DIR'] ?? '/opt/ferry-test-servers';

/** Throws the harness's standard "not installed" error unless `path` is executable. */
export async function requireExecutable(kind: ServerKind, path: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new Error(`${kind} not installed (${path} missing): ${installHint}`);
  }
}

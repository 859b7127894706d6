import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The system account the servers switch to; vsftpd authenticates it through PAM. */
export interface TestUser {
  readonly name: string;
  readonly password: string;
  readonly uid: number;
  readonly gid: number;
}

/** Shown whenever something the harness needs is missing from the machine. */
export const installHint = 'run `sudo bash .ci/install-test-deps.sh`';

let cached: Promise<TestUser> | undefined;

async function lookUp(): Promise<TestUser> {
  try {
    const uid = Number((await run('id', ['-u', 'ftptest'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'ftptest'])).stdout.trim());
    return { name: 'ftptest', password: 'ftppass', uid, gid };
  } catch {
    throw new Error(`system user ftptest missing: ${installHint}`);
  }
}

/** Returns the `ftptest`/`ftppass` account created by .ci/install-test-deps.sh. */
export function testUser(): Promise<TestUser> {
  cached ??= lookUp().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

import { readFile } from 'node:fs/promises';
import { testCertificate, writeCertificateFiles } from './certificate.js';
import { claimPortBlock } from './free-port.js';
import type { LaunchContext, LaunchPlan } from './launch-plan.js';
import { planProftpd } from './proftpd.js';
import { planPureFtpd } from './pure-ftpd.js';
import { planPyftpdlib } from './pyftpdlib.js';
import { spawnServer, type ServerProcess } from './server-process.js';
import { createTempRoot } from './temp-root.js';
import { testUser } from './test-user.js';
import type { RunningServer, ServerKind, ServerOptions } from './types.js';
import { planVsftpd } from './vsftpd.js';
import { waitForGreeting } from './wait-for-greeting.js';

const planners: Record<ServerKind, (ctx: LaunchContext) => Promise<LaunchPlan>> = {
  vsftpd: planVsftpd,
  proftpd: planProftpd,
  'pure-ftpd': planPureFtpd,
  pyftpdlib: planPyftpdlib,
};

async function collectLog(proc: ServerProcess, plan: LaunchPlan): Promise<string> {
  const parts = [proc.output()];
  for (const file of plan.logFiles) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text !== '') parts.push(`--- ${file}\n${text}`);
  }
  return parts.join('\n');
}

const tail = (text: string, lines = 30): string => text.trimEnd().split('\n').slice(-lines).join('\n');

async function startOnce(options: ServerOptions): Promise<RunningServer> {
  const [cert, user] = await Promise.all([testCertificate(), testUser()]);
  const ports = await claimPortBlock();
  let dirs;
  try {
    dirs = await createTempRoot(options.kind, user);
  } catch (error) {
    ports.release();
    throw error;
  }
  const cleanup = (): void => {
    dirs.remove();
    ports.release();
  };
  let plan: LaunchPlan;
  try {
    const files = await writeCertificateFiles(cert, dirs.work);
    plan = await planners[options.kind]({ tls: options.tls, ports, dirs, cert: files, user });
  } catch (error) {
    cleanup();
    throw error;
  }
  const proc = spawnServer(plan.command, plan.args, dirs.work);
  try {
    await waitForGreeting({
      port: ports.controlPort,
      implicitTls: options.tls === 'implicit',
      exitStatus: proc.exitStatus,
    });
  } catch (error) {
    await proc.stop();
    const log = tail(await collectLog(proc, plan));
    cleanup();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${options.kind} (${options.tls}) did not start: ${reason}\n--- server output:\n${log}`);
  }
  let stopping: Promise<void> | undefined;
  return {
    kind: options.kind,
    tls: options.tls,
    host: '127.0.0.1',
    port: ports.controlPort,
    user: user.name,
    password: user.password,
    root: dirs.root,
    certificatePem: cert.pem,
    fingerprint256: cert.fingerprint256,
    passivePorts: { min: ports.passiveMin, max: ports.passiveMax },
    anonymous: plan.anonymous,
    owner: { uid: user.uid, gid: user.gid },
    pid: proc.pid,
    readLog: () => collectLog(proc, plan),
    stop() {
      stopping ??= proc.stop().finally(cleanup);
      return stopping;
    },
  };
}

/**
 * Starts a fresh server instance with its own temp root and ports.
 * Retries twice because a port found free may be taken by another process before the server binds it.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      lastError = error;
      if (error instanceof Error && error.message.includes('not installed')) throw error;
      if (error instanceof Error && error.message.includes('has no implicit')) throw error;
    }
  }
  throw lastError;
}

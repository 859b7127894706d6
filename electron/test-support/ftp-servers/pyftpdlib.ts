import { fileURLToPath } from 'node:url';
import { requireExecutable, type LaunchContext, type LaunchPlan } from './launch-plan.js';

const python = '/usr/bin/python3';
const script = fileURLToPath(new URL('./pyftpdlib-server.py', import.meta.url));
const debianPackage = '/usr/lib/python3/dist-packages/pyftpdlib';

/** Returns how to run pyftpdlib 1.5.7 (plain or explicit FTPS, the latter with TLS required). */
export async function planPyftpdlib(ctx: LaunchContext): Promise<LaunchPlan> {
  await requireExecutable('pyftpdlib', python);
  await requireExecutable('pyftpdlib', debianPackage);
  if (ctx.tls === 'implicit') throw new Error('pyftpdlib has no implicit FTPS mode');
  const { ports, dirs, user, cert } = ctx;
  const args = [
    script,
    '--port', String(ports.controlPort),
    '--passive-min', String(ports.passiveMin), '--passive-max', String(ports.passiveMax),
    '--root', dirs.root, '--user', user.name, '--password', user.password, '--tls', ctx.tls,
    '--cert', cert.certPath, '--key', cert.keyPath,
  ];
  return { command: python, args, logFiles: [], anonymous: true };
}

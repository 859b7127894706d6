import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireExecutable, serversDir, type LaunchContext, type LaunchPlan } from './launch-plan.js';

const run = promisify(execFile);
const home = join(serversDir, 'pureftpd');
const binary = join(home, 'usr/sbin/pure-ftpd');
const purePw = join(home, 'usr/bin/pure-pw');

/**
 * Writes a puredb with the test user and returns how to run pure-ftpd 1.0.50.
 * The passwd line is written by hand with a SHA-512 crypt hash: `pure-pw useradd` hashes with
 * argon2id, which makes every login (and the useradd itself) take ~3.6 s.
 */
export async function planPureFtpd(ctx: LaunchContext): Promise<LaunchPlan> {
  await requireExecutable('pure-ftpd', binary);
  await requireExecutable('pure-ftpd', purePw);
  const { ports, dirs, user, cert } = ctx;
  const hash = (await run('openssl', ['passwd', '-6', user.password])).stdout.trim();
  const text = join(dirs.work, 'pureftpd.passwd');
  const db = join(dirs.work, 'pureftpd.pdb');
  // "/./" ends the chroot part of the home (pure-pw's own format); the rest are unused limits.
  await writeFile(text, `${user.name}:${hash}:${user.uid}:${user.gid}::${dirs.root}/./::::::::::::\n`, { mode: 0o600 });
  await run(purePw, ['mkdb', db, '-f', text]);
  const args = [
    '-S', `127.0.0.1,${ports.controlPort}`, '-4',
    '-l', `puredb:${db}`,
    // Anonymous logins would serve /srv/ftp, not our root: refuse them instead.
    '-E', '-A', '-H', '-u', '100',
    // Website folders hold .htaccess and friends: list dot files without needing "LIST -a".
    '-D',
    '-p', `${ports.passiveMin}:${ports.passiveMax}`, '-P', '127.0.0.1',
    '-g', join(dirs.work, 'pure-ftpd.pid'),
  ];
  if (ctx.tls === 'explicit') args.push('-Y', '1', '-2', cert.combinedPath);
  if (ctx.tls === 'implicit') throw new Error('pure-ftpd has no implicit FTPS mode');
  return { command: binary, args, logFiles: [], anonymous: false };
}

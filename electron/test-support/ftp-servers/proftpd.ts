import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireExecutable, serversDir, type LaunchContext, type LaunchPlan } from './launch-plan.js';

const run = promisify(execFile);
const home = join(serversDir, 'proftpd');
const binary = join(home, 'usr/sbin/proftpd');

function tlsBlock(ctx: LaunchContext, log: string): string[] {
  if (ctx.tls === 'plain') return [];
  return [
    `LoadModule mod_tls.c`,
    '<IfModule mod_tls.c>',
    '  TLSEngine on',
    `  TLSLog ${log}`,
    '  TLSProtocol TLSv1.2 TLSv1.3',
    `  TLSRSACertificateFile ${ctx.cert.certPath}`,
    `  TLSRSACertificateKeyFile ${ctx.cert.keyPath}`,
    '  TLSVerifyClient off',
    // Control and data must be protected; data-session reuse stays required (proftpd's default).
    '  TLSRequired on',
    ...(ctx.tls === 'implicit' ? ['  TLSOptions UseImplicitSSL'] : []),
    '</IfModule>',
  ];
}

/** Writes a proftpd 1.3.8 config with virtual users (mod_auth_file) and returns how to run it. */
export async function planProftpd(ctx: LaunchContext): Promise<LaunchPlan> {
  await requireExecutable('proftpd', binary);
  const { ports, dirs, user } = ctx;
  const w = (name: string): string => join(dirs.work, name);
  const hash = (await run('openssl', ['passwd', '-6', user.password])).stdout.trim();
  // Only these accounts exist for this instance; proftpd refuses group/world-readable auth files.
  await writeFile(w('ftpd.passwd'), [
    `${user.name}:${hash}:${user.uid}:${user.gid}::${dirs.root}:/bin/false`,
    `ftp:*:65534:65534::${dirs.root}:/bin/false`,
    'nobody:*:65534:65534::/nonexistent:/bin/false',
    '',
  ].join('\n'), { mode: 0o600 });
  await writeFile(w('ftpd.group'), `${user.name}:x:${user.gid}:\nnogroup:x:65534:\n`, { mode: 0o600 });
  const lines = [
    'ServerName "Ferry test proftpd"', 'ServerType standalone', 'DefaultServer on',
    `Port ${ports.controlPort}`, 'DefaultAddress 127.0.0.1', 'SocketBindTight on', 'UseIPv6 off',
    'User nobody', 'Group nogroup', 'Umask 022', 'MaxInstances 50',
    `PidFile ${w('proftpd.pid')}`, `ScoreboardFile ${w('proftpd.scoreboard')}`,
    `SystemLog ${w('proftpd.log')}`, `TransferLog ${w('xfer.log')}`,
    // Several instances run at once: no shared delay table or control socket.
    'DelayTable none', 'ControlsEngine off', 'WtmpLog off', 'UseReverseDNS off',
    `ModulePath ${join(home, 'usr/lib/proftpd')}`,
    'AuthOrder mod_auth_file.c', `AuthUserFile ${w('ftpd.passwd')}`, `AuthGroupFile ${w('ftpd.group')}`,
    'RequireValidShell off', 'DefaultRoot ~', 'AllowOverwrite on',
    `PassivePorts ${ports.passiveMin} ${ports.passiveMax}`,
    // MDTM/MLSD/LIST in UTC, so tests need not know the machine's zone.
    'TimesGMT on',
    ...tlsBlock(ctx, w('tls.log')),
    `<Anonymous ${dirs.root}>`,
    '  User ftp', '  Group nogroup', '  UserAlias anonymous ftp', '  RequireValidShell off',
    '  <Limit WRITE>', '    DenyAll', '  </Limit>',
    '</Anonymous>',
  ];
  const conf = w('proftpd.conf');
  await writeFile(conf, `${lines.join('\n')}\n`, { mode: 0o600 });
  const logFiles = [w('proftpd.log'), ...(ctx.tls === 'plain' ? [] : [w('tls.log')])];
  return { command: binary, args: ['-n', '-c', conf], logFiles, anonymous: true };
}

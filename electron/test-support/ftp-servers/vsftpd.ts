import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireExecutable, type LaunchContext, type LaunchPlan } from './launch-plan.js';

const binary = '/usr/sbin/vsftpd';

/** Writes a vsftpd 3.0.3 config for the context and returns how to run it. */
export async function planVsftpd(ctx: LaunchContext): Promise<LaunchPlan> {
  await requireExecutable('vsftpd', binary);
  const { ports, dirs, cert } = ctx;
  const log = join(dirs.work, 'vsftpd.log');
  const lines = [
    'listen=YES', 'listen_ipv6=NO', 'listen_address=127.0.0.1', `listen_port=${ports.controlPort}`,
    'background=NO',
    'anonymous_enable=YES', `anon_root=${dirs.root}`, 'no_anon_password=YES',
    'local_enable=YES', 'write_enable=YES', 'local_umask=022', `local_root=${dirs.root}`,
    // vsftpd refuses a chroot the user can write to unless told otherwise (500 OOPS).
    'chroot_local_user=YES', 'allow_writeable_chroot=YES',
    'pam_service_name=vsftpd',
    'pasv_enable=YES', 'pasv_address=127.0.0.1',
    `pasv_min_port=${ports.passiveMin}`, `pasv_max_port=${ports.passiveMax}`,
    'port_enable=YES', 'connect_from_port_20=NO',
    'secure_chroot_dir=/var/run/vsftpd/empty', 'seccomp_sandbox=NO',
    'utf8_filesystem=YES', 'use_localtime=NO', 'dirmessage_enable=NO',
    'xferlog_enable=YES', 'xferlog_std_format=NO', 'log_ftp_protocol=YES', `vsftpd_log_file=${log}`,
  ];
  if (ctx.tls !== 'plain') {
    lines.push(
      'ssl_enable=YES', `rsa_cert_file=${cert.certPath}`, `rsa_private_key_file=${cert.keyPath}`,
      // With ssl_tlsv1=NO vsftpd 3.0.3 stops advertising AUTH TLS in FEAT.
      'ssl_tlsv1=YES', 'ssl_sslv2=NO', 'ssl_sslv3=NO', 'ssl_ciphers=HIGH', 'ssl_request_cert=NO',
      'allow_anon_ssl=YES', 'force_local_logins_ssl=YES', 'force_local_data_ssl=YES',
      // Data connections must resume the control TLS session, else "522 ... session reuse required".
      'require_ssl_reuse=YES',
    );
    if (ctx.tls === 'implicit') lines.push('implicit_ssl=YES');
  }
  // vsftpd insists that its config file belongs to root; the harness runs as root.
  const conf = join(dirs.work, 'vsftpd.conf');
  await writeFile(conf, `${lines.join('\n')}\n`, { mode: 0o600 });
  return { command: binary, args: [conf], logFiles: [log], anonymous: true };
}

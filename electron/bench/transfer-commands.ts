import type { DriverSpec } from './driver-spec.js';
import type { CommandLine } from './measure.js';
import type { CliRunner } from './transfer-cli.js';

/** One tree run: a remote folder mirrored down into `local`, or `local` mirrored up into the remote folder. */
export interface TreeSpec extends Omit<DriverSpec, 'op' | 'tlsMaxVersion'> {
  readonly op: 'tree-down' | 'tree-up';
  readonly parallel: number;
  /** The certificate the CLI pins (`--fingerprint`), as the harness reports it. */
  readonly fingerprint256: string;
}

/** Whether a run's spec is a tree job rather than a driver job. */
export function isTreeSpec(spec: DriverSpec | TreeSpec): spec is TreeSpec {
  return spec.op === 'tree-down' || spec.op === 'tree-up';
}

/** `ferry get -r URL DIR --parallel N` / `ferry put -r DIR URL --parallel N`, the CLI as users run it. */
export function ferryTreeCommand(spec: TreeSpec, cli: CliRunner, nodeArgs: readonly string[] = []): CommandLine {
  const scheme = spec.tls === 'explicit' ? 'ftpes' : 'ftp';
  const url = `${scheme}://${encodeURIComponent(spec.user)}:${encodeURIComponent(spec.password)}@${spec.host}:${spec.port}/${spec.remote}`;
  const tls = spec.tls === 'explicit' ? ['--fingerprint', spec.fingerprint256] : [];
  const job = spec.op === 'tree-down' ? ['get', '-r', url, spec.local] : ['put', '-r', spec.local, url];
  return { command: process.execPath, args: [...nodeArgs, cli.script, ...job, '--parallel', String(spec.parallel), ...tls] };
}

/** lftp's `mirror -P N` (down) or `mirror -R -P N` (up), the reference. */
export function lftpTreeCommand(spec: TreeSpec): CommandLine {
  const tls =
    spec.tls === 'explicit'
      ? ['set ftp:ssl-force yes', 'set ftp:ssl-protect-data yes', `set ssl:ca-file ${spec.caFile ?? ''}`]
      : ['set ftp:ssl-allow no'];
  const mirror = spec.op === 'tree-down' ? `mirror -P${spec.parallel} ${spec.remote} ${spec.local}` : `mirror -R -P${spec.parallel} ${spec.local} ${spec.remote}`;
  const script = [...tls, 'set net:max-retries 1', 'set net:timeout 30', `open -u ${spec.user},${spec.password} -p ${spec.port} ${spec.host}`, mirror];
  return { command: 'lftp', args: ['-c', script.join('; ')] };
}

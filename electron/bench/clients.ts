import type { ClientName } from './cases.js';
import type { DriverSpec } from './driver-spec.js';
import type { DriverRunner } from './driver-runner.js';
import type { CommandLine } from './measure.js';
import type { CliRunner } from './transfer-cli.js';
import { ferryTreeCommand, isTreeSpec, lftpTreeCommand, type TreeSpec } from './transfer-commands.js';

/**
 * Builds the command line with which `client` runs `spec`; undefined when that client cannot.
 * `ferryNodeArgs` go to Ferry's node process only (profiling). Tree jobs run Ferry's CLI (`cli`).
 */
export function commandFor(
  client: ClientName,
  spec: DriverSpec | TreeSpec,
  runner: DriverRunner,
  ferryNodeArgs: readonly string[] = [],
  cli?: CliRunner,
): CommandLine | undefined {
  if (isTreeSpec(spec)) {
    if (client === 'lftp') return lftpTreeCommand(spec);
    return client === 'ferry' && cli !== undefined ? ferryTreeCommand(spec, cli, ferryNodeArgs) : undefined;
  }
  switch (client) {
    case 'ferry':
      return runner.commandFor('ferry-client', JSON.stringify(spec), ferryNodeArgs);
    case 'basic-ftp':
      return runner.commandFor('basic-ftp-client', JSON.stringify(spec));
    case 'curl':
      return curlCommand(spec);
    case 'lftp':
      return lftpCommand(spec);
  }
}

function curlCommand(spec: DriverSpec): CommandLine | undefined {
  if (spec.op === 'mget') return undefined;
  const url = `ftp://${spec.host}:${spec.port}/${spec.remote}`;
  const tls = spec.tls === 'explicit' ? ['--ssl-reqd', ...(spec.caFile === undefined ? ['-k'] : ['--cacert', spec.caFile])] : [];
  const version = spec.tlsMaxVersion === 'TLSv1.2' ? ['--tls-max', '1.2'] : [];
  const transfer = spec.op === 'upload' ? ['-T', spec.local] : ['-o', spec.local === '-' ? '/dev/null' : spec.local];
  // The bytes moved, printed like the drivers' result so one check serves every client.
  const report = ['-w', '{"bytes":%{size_download},"uploaded":%{size_upload},"files":1}\\n'];
  return { command: 'curl', args: ['-sS', '-u', `${spec.user}:${spec.password}`, ...tls, ...version, ...report, ...transfer, url] };
}

/** lftp's `mirror` with one connection; the other jobs are curl's. */
function lftpCommand(spec: DriverSpec): CommandLine | undefined {
  if (spec.op !== 'mget') return undefined;
  const tls =
    spec.tls === 'explicit'
      ? ['set ftp:ssl-force yes', 'set ftp:ssl-protect-data yes', `set ssl:ca-file ${spec.caFile ?? ''}`]
      : ['set ftp:ssl-allow no'];
  const script = [
    ...tls,
    'set net:max-retries 1',
    'set net:timeout 30',
    `open -u ${spec.user},${spec.password} -p ${spec.port} ${spec.host}`,
    `mirror --parallel=1 ${spec.remote} ${spec.local}`,
  ].join('; ');
  return { command: 'lftp', args: ['-c', script] };
}

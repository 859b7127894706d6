export type { RunningServer, ServerKind, ServerOptions, TlsMode } from './types.js';
export { startServer } from './start-server.js';
export { makeDirectory, writeFixture } from './fixtures.js';
export { createReplyReader, type FtpReply, type ReplyReader } from './ftp-reply.js';
import type { ServerOptions } from './types.js';

/** Every server/TLS combination the harness can start (pure-ftpd and pyftpdlib have no implicit FTPS). */
export const serverCombinations: readonly ServerOptions[] = [
  { kind: 'vsftpd', tls: 'plain' },
  { kind: 'vsftpd', tls: 'explicit' },
  { kind: 'vsftpd', tls: 'implicit' },
  { kind: 'proftpd', tls: 'plain' },
  { kind: 'proftpd', tls: 'explicit' },
  { kind: 'proftpd', tls: 'implicit' },
  { kind: 'pure-ftpd', tls: 'plain' },
  { kind: 'pure-ftpd', tls: 'explicit' },
  { kind: 'pyftpdlib', tls: 'plain' },
  { kind: 'pyftpdlib', tls: 'explicit' },
];

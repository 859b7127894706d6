import type { FtpClientOptions } from './client-options.js';
import { FtpClient } from './client.js';
import type { FtpTlsOptions } from './tls.js';

/** Options of FtpTlsClient: like FtpClient's, with TLS on (explicit unless `tls.mode` says implicit). */
export type FtpTlsClientOptions = Omit<FtpClientOptions, 'tls'> & { readonly tls?: Partial<FtpTlsOptions> };

/**
 * ftplib's `FTP_TLS`: an FtpClient with FTPS switched on, explicit (AUTH TLS) by default. Same as
 * `new FtpClient({ tls: { mode: 'explicit', ...} })`.
 */
export class FtpTlsClient extends FtpClient {
  constructor(options: FtpTlsClientOptions = {}) {
    super({ ...options, tls: { mode: 'explicit', ...options.tls } });
  }
}

import type { RemoteConnectParams } from '../../shared/remote-session.js';
import { defaultPortFor } from '../../shared/site.js';
import type { FtpClientOptions } from '../ftp/client-options.js';
import type { TextEncodingName } from '../ftp/text-codec.js';

/** Encodings a site may name, mapped to what the engine speaks (it decodes invalid UTF-8 as latin1 anyway). */
const encodings: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  auto: 'utf8',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
  'iso-8859-15': 'latin1',
  'windows-1252': 'latin1',
  cp1252: 'latin1',
};

/** The engine encoding for a site's encoding name, or undefined when Ferry cannot speak it. */
export function engineEncoding(name: string): TextEncodingName | undefined {
  return encodings[name.trim().toLowerCase()];
}

/** The port to use: the one given, else the protocol's default. */
export function portOf(params: RemoteConnectParams): number {
  return params.port ?? defaultPortFor(params.protocol);
}

/** True when the protocol may end up on TLS, so a certificate pin applies. */
export function usesTls(params: RemoteConnectParams): boolean {
  return params.protocol !== 'ftp';
}

/** Settings of one engine client for these parameters; `tls` false forces plain FTP (the fallback). */
export function clientOptionsFor(
  params: RemoteConnectParams,
  settings: { readonly tls: boolean; readonly trustedFingerprint256?: string; readonly timeout: number },
): FtpClientOptions {
  const base: FtpClientOptions = {
    timeout: settings.timeout,
    encoding: engineEncoding(params.encoding) ?? 'utf8',
    passive: params.transferMode === 'passive',
    logLevel: 'full',
  };
  if (!settings.tls || params.protocol === 'ftp') return base;
  return {
    ...base,
    tls: {
      mode: params.protocol === 'ftps-implicit' ? 'implicit' : 'explicit',
      ...(settings.trustedFingerprint256 === undefined ? {} : { trustedFingerprint256: settings.trustedFingerprint256 }),
    },
  };
}

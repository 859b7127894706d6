import type { AppError, AppErrorCode } from '../../../shared/errors.js';

/** What people read for an error: what happened, and what to try next. */
export interface ErrorText {
  readonly title: string;
  readonly nextStep: string;
}

/**
 * The one code → text table. `satisfies Record<AppErrorCode, …>` makes a new code without text a compile error.
 */
export const errorTexts = {
  INVALID_ARGUMENT: {
    title: 'Ferry sent a request it could not understand.',
    nextStep: 'Try again; if it keeps happening, please report it.',
  },
  UNKNOWN_CHANNEL: {
    title: 'This part of Ferry is not available in this build.',
    nextStep: 'Update Ferry, or report it if you are already on the latest version.',
  },
  FORBIDDEN_SENDER: {
    title: 'Ferry refused a request from an unexpected page.',
    nextStep: 'Reload the window.',
  },
  INTERNAL: {
    title: 'Something went wrong inside Ferry.',
    nextStep: 'Try again; the details below help if you report it.',
  },
  NOT_FOUND: {
    title: 'That folder or file does not exist.',
    nextStep: 'Check the path, or go up and pick it from the list.',
  },
  ACCESS_DENIED: {
    title: 'You do not have permission to open this.',
    nextStep: 'Check its permissions, or choose another folder.',
  },
  NOT_A_DIRECTORY: {
    title: 'That is a file, not a folder.',
    nextStep: 'Open the folder that contains it instead.',
  },
  IO_ERROR: {
    title: 'The disk could not be read.',
    nextStep: 'Check that the drive is still connected, then refresh.',
  },
  FTP_CONNECT_FAILED: {
    title: 'Could not reach the server.',
    nextStep: 'Check the host name and port, and that you are online.',
  },
  FTP_AUTH_FAILED: {
    title: 'The server did not accept the user name or password.',
    nextStep: 'Check the user name and password.',
  },
  FTP_TEMPORARY: {
    title: 'The server is busy or could not do that right now.',
    nextStep: 'Wait a moment and try again.',
  },
  FTP_PERMANENT: {
    title: 'The server refused the request.',
    nextStep: "Check permissions and the path; the server's reply below says why.",
  },
  FTP_PROTOCOL: {
    title: 'The server answered in a way Ferry did not expect.',
    nextStep: "Try active mode for this site; the server's reply below may say more.",
  },
  FTP_TIMEOUT: {
    title: 'The server stopped answering.',
    nextStep: 'Try again; if it keeps happening, try active mode or check your firewall.',
  },
  FTP_CLOSED: {
    title: 'The server closed the connection.',
    nextStep: 'Connect again.',
  },
  TLS_CERT_UNTRUSTED: {
    title: "The server's certificate is not trusted.",
    nextStep: 'Check its fingerprint with your hosting provider before trusting it.',
  },
  TLS_REQUIRED: {
    title: 'The server needs an encrypted connection (TLS).',
    nextStep: 'Choose FTP over TLS (FTPS) for this site.',
  },
  CANCELLED: {
    title: 'Cancelled.',
    nextStep: 'Nothing else to do.',
  },
  TLS_UNAVAILABLE: {
    title: 'The server does not offer FTP over TLS.',
    nextStep: 'Connect without encryption only if you trust the network: choose “FTP over TLS if available” or plain FTP.',
  },
  ALREADY_EXISTS: {
    title: 'Something with that name already exists here.',
    nextStep: 'Choose another name; Ferry never replaces it.',
  },
  NOT_SUPPORTED: {
    title: 'This system does not support that.',
    nextStep: 'Nothing was changed.',
  },
} as const satisfies Record<AppErrorCode, ErrorText>;

/** The plain-language text for an error; its code, message and detail stay available for "details". */
export function errorText(error: Pick<AppError, 'code'>): ErrorText {
  return errorTexts[error.code];
}

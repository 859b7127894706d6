import { z } from 'zod';

/**
 * Stable error codes shared by main and renderer. The renderer maps each code to plain-language text in one
 * table; never rename a code, only add.
 */
export const appErrorCodes = [
  'INVALID_ARGUMENT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'INTERNAL',
  'NOT_FOUND',
  'ACCESS_DENIED',
  'NOT_A_DIRECTORY',
  'IO_ERROR',
  'FTP_CONNECT_FAILED',
  'FTP_AUTH_FAILED',
  'FTP_TEMPORARY',
  'FTP_PERMANENT',
  'FTP_PROTOCOL',
  'FTP_TIMEOUT',
  'FTP_CLOSED',
  'TLS_CERT_UNTRUSTED',
  'TLS_REQUIRED',
  'CANCELLED',
  /** The server does not offer FTP over TLS (it refused AUTH TLS) and the connection required it. */
  'TLS_UNAVAILABLE',
  /** A new folder or a rename target whose name is already taken; nothing is overwritten. */
  'ALREADY_EXISTS',
  /** The operation does not exist on this system (e.g. changing POSIX permissions on Windows). */
  'NOT_SUPPORTED',
] as const;

export const appErrorCodeSchema = z.enum(appErrorCodes);

/** A stable code for code, a message for people, and optional detail (e.g. the server's reply). */
export const appErrorSchema = z.object({
  code: appErrorCodeSchema,
  message: z.string(),
  detail: z.string().optional(),
});

export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;
export type AppError = z.infer<typeof appErrorSchema>;

/** Builds an AppError; the one place that spells the shape. */
export function appError(code: AppErrorCode, message: string, detail?: string): AppError {
  return detail === undefined ? { code, message } : { code, message, detail };
}

import type { AppError } from './errors.js';

/** What every IPC call returns: handlers never throw across the process boundary. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function fail<T = never>(error: AppError): Result<T> {
  return { ok: false, error };
}

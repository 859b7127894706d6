import { appError } from '../../shared/errors.js';
import { fail, type Result } from '../../shared/result.js';
import { CredentialStoreError } from '../credentials/credential-store.js';
import { FileZillaImportError } from '../sites/filezilla-plan.js';
import { SiteStoreError } from '../sites/site-store-error.js';

/**
 * Runs a site-manager handler and turns the errors the user can act on into Results with their user-facing
 * message (the store's and the keychain's messages are written for people and never hold a password).
 * Anything else is rethrown, so the dispatcher reports it as INTERNAL.
 */
export async function guardSites<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SiteStoreError) return fail(appError(error.code, error.message));
    if (error instanceof FileZillaImportError) return fail(appError('INVALID_ARGUMENT', error.message));
    if (error instanceof CredentialStoreError) return fail(appError('IO_ERROR', error.message));
    throw error;
  }
}

/** The message of a caught keychain error, for the `keychainProblem` fields. */
export function problemText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

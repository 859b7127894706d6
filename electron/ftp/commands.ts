import { FtpInvalidArgumentError } from './errors.js';

/**
 * Refuses CR, LF and NUL anywhere in a command line (the FTP command-injection vector, INTEROP "Injection").
 * Returns the line unchanged so it can be used inline.
 */
export function assertSafeCommand(line: string): string {
  if (/[\r\n\0]/.test(line)) {
    throw new FtpInvalidArgumentError(`Refusing a command containing CR, LF or NUL: ${JSON.stringify(maskCommand(line))}`);
  }
  return line;
}

/** Joins a verb and its argument (a path may contain spaces, so everything after the verb is one argument). */
export function command(verb: string, argument?: string): string {
  return assertSafeCommand(argument === undefined || argument === '' ? verb : `${verb} ${argument}`);
}

/** The line as it may appear in a log: PASS and ACCT arguments are always replaced by `****`. */
export function maskCommand(line: string): string {
  return line.replace(/^(PASS|ACCT)(\s).*$/is, '$1$2****');
}

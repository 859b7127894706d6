/** Shorter secrets are not replaced inside text: a one- or two-letter password would shred every message. */
const minSecretLength = 3;

/**
 * Replaces every occurrence of each secret with `****`. A second line of defence: the engine already masks
 * PASS, but a server may echo what it was sent (and a password must never reach a log or the renderer).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= minSecretLength) out = out.split(secret).join('****');
  }
  return out;
}

/** Masks the argument of PASS and ACCT lines, whatever the engine did. */
export function maskCredentialCommand(line: string): string {
  return line.replace(/^(PASS|ACCT)(\s).*$/is, '$1$2****');
}

// keytar passes libsecret's GLib error text through unchanged; these are the messages seen on Linux when the
// Secret Service is not usable (see TEST-SERVERS.md "keytar in tests"). Each gets a sentence that says what is
// missing, and every one ends with what happens next, since the app goes on without saving the password.
const consequence = ' Passwords will not be saved; Ferry will ask for them when connecting.';

const known: ReadonlyArray<readonly [pattern: RegExp, reason: string]> = [
  [
    /Cannot autolaunch D-Bus without X11/i,
    'No desktop session bus was found (DBUS_SESSION_BUS_ADDRESS is not set and there is no display), so the system keychain cannot be reached.',
  ],
  [
    /Could not connect:/i,
    'The desktop session bus named in DBUS_SESSION_BUS_ADDRESS is not reachable, so the system keychain cannot be reached.',
  ],
  [
    /Object does not exist at path|was not provided by any \.service files/i,
    'No keyring service (such as GNOME Keyring or KWallet) is running, or it has no default keyring.',
  ],
  [/locked collection|is locked/i, 'The keyring is locked. Unlock it (for example by logging in to the desktop) and try again.'],
];

/** Turns an error from keytar (or from loading it) into a sentence for the user. */
export function describeKeychainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = known.find(([pattern]) => pattern.test(message));
  return `${match?.[1] ?? `The system keychain reported an error: ${message}.`}${consequence}`;
}

/** The reason given when the keytar native module itself cannot be loaded. */
export function describeKeytarLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The keychain module (keytar) could not be loaded: ${message}.${consequence}`;
}

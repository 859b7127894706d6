// Run as a child process (`node --import tsx probe-keychain.ts`) by the keychain tests: libsecret keeps one
// D-Bus connection per process, so each "keychain unavailable" case needs a fresh process with its own env.
// Prints one JSON line: what available() said and what a real setPassword did.
import { createKeytarStore } from '../../credentials/keytar-store.js';

const store = createKeytarStore();
const availability = await store.available();
let setError: string | undefined;
try {
  await store.setPassword('probe-site', 'not-a-real-password');
  await store.deletePassword('probe-site');
} catch (error) {
  setError = (error as Error).message;
}
process.stdout.write(`${JSON.stringify({ availability, setError })}\n`);

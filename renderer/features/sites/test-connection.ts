import type { PackedRemoteListing } from '../../../shared/remote-listing-wire.js';
import type { RemoteConnectRequest, RemoteConnectResponse } from '../../../shared/remote-session.js';
import type { Result } from '../../../shared/result.js';
import { errorText } from '../errors/error-text.js';
import { type CapabilityLine, capabilityLines } from './capability-text.js';
import type { SitesState } from './use-sites.js';

/** What the site dialog shows after "Test connection". */
export interface TestOutcome {
  readonly tone: 'ok' | 'warning' | 'error';
  readonly text: string;
  /** The server's words (welcome or error reply), for the curious. */
  readonly detail?: string;
  /** What the server supports, when it got as far as logging in. */
  readonly capabilities?: readonly CapabilityLine[];
}

function plural(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

/**
 * Turns a `remote:connect` answer (and the listing of the site's default folder, once connected) into one
 * readable sentence, the server's own words as detail, and what the server supports.
 */
export function testOutcome(result: Result<RemoteConnectResponse>, listing?: Result<PackedRemoteListing>): TestOutcome {
  if (!result.ok) {
    const text = errorText(result.error);
    return { tone: 'error', text: `${text.title} ${text.nextStep}`, detail: result.error.detail ?? result.error.message };
  }
  const answer = result.value;
  if (answer.status === 'needs-trust') {
    return {
      tone: 'warning',
      text: answer.changed
        ? 'The server presented a DIFFERENT certificate than the one you trusted. Connect to review it before trusting it.'
        : 'The server answered, but its certificate is not trusted yet. Connect to review and trust it.',
      detail: `${answer.reason} · SHA-256 ${answer.certificate.fingerprint256}`,
    };
  }
  const capabilities = answer.capabilities === undefined ? {} : { capabilities: capabilityLines(answer.capabilities) };
  if (answer.warning !== undefined) return { tone: 'warning', text: answer.warning.message, detail: answer.welcome, ...capabilities };
  if (listing !== undefined && !listing.ok) {
    const problem = errorText(listing.error);
    return {
      tone: 'warning',
      text: `Connected and logged in, but the remote folder could not be listed: ${problem.title} ${problem.nextStep}`,
      detail: listing.error.detail ?? listing.error.message,
      ...capabilities,
    };
  }
  const how = answer.capabilities !== undefined ? '' : answer.secure ? ', encrypted' : ', without encryption';
  const listed = listing === undefined ? `Starting folder: ${answer.path}` : `Listed ${listing.value.path} (${plural(listing.value.rows.length)}).`;
  return { tone: 'ok', text: `Connected and logged in${how}. ${listed}`, detail: answer.welcome, ...capabilities };
}

/**
 * "Test connection": connects, logs in, lists the site's default remote folder (the starting folder when it
 * has none), then disconnects. Untrusted certificates are reported, never accepted here.
 */
export async function runConnectionTest(call: SitesState['call'], request: RemoteConnectRequest, remoteDir: string): Promise<TestOutcome> {
  const result = await call('remote:connect', request);
  if (!result.ok || result.value.status !== 'connected') return testOutcome(result);
  const { sessionId } = result.value;
  const path = remoteDir.trim();
  const listing = await call('remote:list', { sessionId, ...(path === '' ? {} : { path }) });
  void call('remote:disconnect', { sessionId });
  return testOutcome(result, listing);
}

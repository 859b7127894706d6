import type { RemoteConnectResponse } from '../../../shared/remote-session.js';
import type { Result } from '../../../shared/result.js';
import { errorText } from '../errors/error-text.js';

/** What the site dialog shows after "Test connection". */
export interface TestOutcome {
  readonly tone: 'ok' | 'warning' | 'error';
  readonly text: string;
  /** The server's words (welcome or error reply), for the curious. */
  readonly detail?: string;
}

/** Turns a `remote:connect` answer into one readable sentence, with the server's own words as detail. */
export function testOutcome(result: Result<RemoteConnectResponse>): TestOutcome {
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
  if (answer.warning !== undefined) return { tone: 'warning', text: answer.warning.message, detail: answer.welcome };
  return {
    tone: 'ok',
    text: answer.secure
      ? `Connected and logged in; the connection is encrypted. Starting folder: ${answer.path}`
      : `Connected and logged in, without encryption. Starting folder: ${answer.path}`,
    detail: answer.welcome,
  };
}

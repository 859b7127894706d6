import { describe, expect, it } from 'vitest';
import { reasonText } from './certificate-reason.js';

describe('reasonText', () => {
  it.each([
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'different server name'],
    ['CERT_HAS_EXPIRED', 'expired'],
    ['SOMETHING_NEW', 'SOMETHING_NEW'],
    ['', 'no reason given'],
  ])('%s mentions %j', (reason, words) => {
    expect(reasonText(reason)).toContain(words);
  });
});

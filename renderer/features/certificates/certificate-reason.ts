/**
 * Node's verification codes in plain words (the dialog's first sentence). OpenSSL's names are what
 * `tls.connect` reports in `error.code`; FINGERPRINT_MISMATCH is Ferry's own for a changed pin.
 */
const reasons: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed, so no certificate authority confirms who it is.',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate comes from an authority your system does not know (self-signed chain).',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate comes from an authority your system does not know.',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate comes from an authority your system does not know.',
  CERT_HAS_EXPIRED: 'its certificate has expired.',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet (check your computer’s clock).',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate was issued for a different server name.',
  FINGERPRINT_MISMATCH: 'its certificate differs from the one you trusted before.',
};

/** The sentence for a reason code; unknown codes are shown as they are, so nothing is hidden. */
export function reasonText(reason: string): string {
  return reasons[reason] ?? `its certificate could not be verified (${reason || 'no reason given'}).`;
}

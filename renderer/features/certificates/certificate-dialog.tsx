import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../components/copy-text.js';
import { Dialog } from '../../components/dialog.js';
import { CopyIcon, ShieldIcon, WarningIcon } from '../../components/icons.js';
import type { TrustQuestion } from '../../state/use-remote-session.js';
import { altNameText, describeName, formatCertificateDate, groupFingerprint, validityOf } from './certificate-format.js';
import { reasonText } from './certificate-reason.js';
import './certificates.css';

/** A fingerprint in grouped lines with a Copy button. */
function Fingerprint({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1800);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <div className="fingerprint">
      <code className="fingerprint__value" aria-label={label}>
        {groupFingerprint(value).map((group) => (
          <span key={group}>{group}</span>
        ))}
      </code>
      <button
        type="button"
        className="button button--ghost button--small fingerprint__copy"
        onClick={() => void copyText(value).then(setCopied)}
      >
        <CopyIcon />
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

/**
 * Asks whether to trust a server's certificate, like FileZilla's dialog but with the answer people need
 * first: who the server claims to be, the fingerprint to compare, and whether the dates are right. When a
 * different certificate was pinned for this server it turns loud: red, both fingerprints side by side, Cancel
 * focused, and "always trust" needs a second, explicit confirmation.
 */
export function CertificateDialog({
  question,
  server,
  onTrust,
  onCancel,
}: {
  /** Null when closed. */
  question: TrustQuestion | null;
  /** "host:port", as the user typed it. */
  server: string;
  onTrust: (remember: 'once' | 'always') => void;
  onCancel: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setConfirming(false), [question]);
  const certificate = question?.certificate;
  const changed = question?.changed === true;
  const validity = certificate === undefined ? 'unknown' : validityOf(certificate.validFrom, certificate.validTo);
  const subject = describeName(certificate?.subject ?? '');
  const selfSigned = certificate !== undefined && certificate.subject === certificate.issuer;

  const footer = confirming ? (
    <>
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Back
      </button>
      <button type="button" className="button button--danger" onClick={() => onTrust('always')}>
        Yes, replace and always trust
      </button>
    </>
  ) : (
    <>
      <button ref={cancelRef} type="button" className={changed ? 'button button--primary' : 'button'} onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button" onClick={() => onTrust('once')}>
        Trust once
      </button>
      <button
        type="button"
        className={changed ? 'button button--danger-outline' : 'button button--primary'}
        onClick={() => (changed ? setConfirming(true) : onTrust('always'))}
      >
        {changed ? 'Always trust the new certificate…' : 'Always trust this certificate'}
      </button>
    </>
  );

  return (
    <Dialog
      open={question !== null}
      title={changed ? 'The server’s certificate has changed' : 'Check the server’s certificate'}
      icon={changed ? <WarningIcon width="20" height="20" /> : <ShieldIcon width="20" height="20" />}
      tone={changed ? 'danger' : 'normal'}
      width={600}
      alert
      onClose={onCancel}
      initialFocus={changed ? () => cancelRef.current : undefined}
      description={
        changed ? (
          <>
            <strong>{server}</strong> presented a different certificate from the one you chose to trust. Your hosting
            provider may have renewed it, or someone may be intercepting the connection. Only continue if your
            provider confirms the new fingerprint.
          </>
        ) : (
          <>
            Ferry cannot vouch for <strong>{server}</strong>: {reasonText(question?.reason ?? '')} Compare the
            fingerprint with the one your hosting provider gave you before trusting it.
          </>
        )
      }
      footer={footer}
    >
      {certificate !== undefined && (
        <div className="certificate">
          {confirming && (
            <p className="certificate__confirm" role="alert">
              Ferry will forget the certificate you trusted before and trust this one for {server} from now on.
            </p>
          )}
          {changed && question?.pinnedFingerprint256 != null && (
            <div className="certificate__changed">
              <div>
                <p className="certificate__label">Trusted before</p>
                <Fingerprint value={question.pinnedFingerprint256} label="Previously trusted SHA-256 fingerprint" />
              </div>
              <div>
                <p className="certificate__label certificate__label--danger">Presented now</p>
                <Fingerprint value={certificate.fingerprint256} label="New SHA-256 fingerprint" />
              </div>
            </div>
          )}
          <dl className="certificate__facts">
            {!changed && (
              <>
                <dt>SHA-256 fingerprint</dt>
                <dd>
                  <Fingerprint value={certificate.fingerprint256} label="SHA-256 fingerprint" />
                </dd>
              </>
            )}
            <dt>Issued to</dt>
            <dd>
              {subject.length === 0 ? <span className="certificate__muted">No name</span> : null}
              {subject.map((part) => (
                <div key={`${part.label}=${part.value}`}>
                  <span className="certificate__muted">{part.label}:</span> {part.value}
                </div>
              ))}
            </dd>
            <dt>Also valid for</dt>
            <dd>
              {certificate.subjectAltNames.length === 0 ? (
                <span className="certificate__muted">No alternative names</span>
              ) : (
                <span className="certificate__names">
                  {certificate.subjectAltNames.map((name) => (
                    <span key={name} className="chip">
                      {altNameText(name)}
                    </span>
                  ))}
                </span>
              )}
            </dd>
            <dt>Issued by</dt>
            <dd>
              {selfSigned ? (
                <span>Itself (a self-signed certificate)</span>
              ) : (
                describeName(certificate.issuer)
                  .map((part) => part.value)
                  .join(', ')
              )}
            </dd>
            <dt>Valid</dt>
            <dd className={validity === 'valid' || validity === 'unknown' ? undefined : 'certificate__bad'}>
              {formatCertificateDate(certificate.validFrom)} – {formatCertificateDate(certificate.validTo)}
              {validity === 'expired' && <span className="badge badge--danger">Expired</span>}
              {validity === 'not-yet-valid' && <span className="badge badge--danger">Not valid yet</span>}
            </dd>
            <dt>Connection</dt>
            <dd>
              {[certificate.tlsVersion, certificate.cipher].filter((part) => part !== null).join(' · ') || (
                <span className="certificate__muted">Not reported</span>
              )}
            </dd>
          </dl>
        </div>
      )}
    </Dialog>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { PinnedCertificate } from '../../../shared/site.js';
import { Dialog } from '../../components/dialog.js';
import { groupFingerprint } from '../certificates/certificate-format.js';
import { endpointText, pinnedSince, subjectName } from './pin-text.js';
import type { SitesState } from './use-sites.js';
import './trusted-certificates.css';

/**
 * The certificates trusted "always", one per host and port, with what identifies them. Forget removes the
 * pin: the next connection to that server asks about its certificate again.
 */
export function TrustedCertificatesDialog({ call, onClose }: { call: SitesState['call']; onClose: () => void }) {
  const [pins, setPins] = useState<readonly PinnedCertificate[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  // The Forget button goes away with its pin; focus moves to Done rather than falling out of the dialog.
  const done = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    const result = await call('pins:list', {});
    if (result.ok) setPins(result.value.pins);
    else setMessage({ tone: 'error', text: result.error.message });
  }, [call]);

  useEffect(() => {
    void load();
  }, [load]);

  async function forget(pin: PinnedCertificate) {
    const result = await call('pins:forget', { host: pin.host, port: pin.port });
    await load();
    setMessage(
      result.ok
        ? { tone: 'info', text: `Forgot the certificate of ${endpointText(pin)}. The next connection there asks again.` }
        : { tone: 'error', text: result.error.message },
    );
    done.current?.focus();
  }

  return (
    <Dialog
      open
      width={600}
      title="Trusted certificates"
      description="Certificates you chose to always trust. Ferry connects to these servers without asking as long as they present the same certificate."
      onClose={onClose}
      footer={
        <button ref={done} type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {pins !== null && pins.length === 0 && (
        <p className="tc-empty">No certificates are trusted yet. When you choose “Always trust” for a server’s certificate, it is listed here.</p>
      )}
      {pins !== null && pins.length > 0 && (
        <ul className="tc-list" aria-label="Trusted certificates">
          {pins.map((pin) => (
            <li key={endpointText(pin)} className="tc-item" aria-label={endpointText(pin)}>
              <div className="tc-item__head">
                <span className="tc-item__endpoint">{endpointText(pin)}</span>
                <span className="tc-item__subject" title={pin.subject}>
                  {subjectName(pin.subject)}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Forget the certificate of ${endpointText(pin)}`}
                  onClick={() => void forget(pin)}
                >
                  Forget
                </button>
              </div>
              <div className="tc-item__fingerprint">
                <span className="tc-item__label" aria-hidden="true">
                  SHA-256
                </span>
                <code aria-label="SHA-256 fingerprint">
                  {groupFingerprint(pin.fingerprint256).map((group, index) => (
                    <span key={index}>{group}</span>
                  ))}
                </code>
              </div>
              <span className="tc-item__date">{pinnedSince(pin.pinnedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className={`tc-status tc-status--${message?.tone ?? 'info'}`}>
        {message?.text}
      </div>
    </Dialog>
  );
}

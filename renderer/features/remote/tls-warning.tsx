import type { RemoteWarning } from '../../../shared/remote-session.js';
import { UnlockIcon, WarningIcon } from '../../components/icons.js';

/**
 * A warning that stays until dismissed: "FTP over TLS if available" found no TLS (the session is plain FTP),
 * or "always trust" could not be saved.
 */
export function TlsWarning({ warning, onDismiss }: { warning: RemoteWarning; onDismiss: () => void }) {
  const fallback = warning.code === 'TLS_FALLBACK';
  return (
    <div className="pane-banner pane-banner--warning" role="alert">
      {fallback ? <UnlockIcon className="pane-banner__icon" /> : <WarningIcon className="pane-banner__icon" />}
      <p className="pane-banner__text">
        <strong>{fallback ? 'Not encrypted.' : 'Trust not saved.'}</strong>{' '}
        {fallback
          ? 'The server does not offer FTP over TLS, so this connection fell back to plain FTP: the password and files travel readable on the network.'
          : warning.message}
      </p>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

import { DisconnectIcon, LockIcon, ServerIcon, UnlockIcon } from '../../components/icons.js';
import type { RemoteConnection } from '../../state/use-remote-session.js';
import { recentLabel } from '../toolbar/recent-connections.js';

/** What the pane header says about the connection, from `remote:connect` answers and `remote:state` events. */
function statusText(connection: RemoteConnection): string {
  switch (connection.phase) {
    case 'idle':
      return 'Not connected';
    case 'connecting':
      return `Connecting to ${recentLabel(connection.target)}…`;
    case 'needs-trust':
      return 'Checking the certificate…';
    case 'connected':
      return connection.reconnecting ? `${recentLabel(connection.target)} · reconnecting…` : recentLabel(connection.target);
  }
}

/**
 * The remote pane's header: title, where it is connected with a lock (encrypted) or an open lock (plain FTP),
 * and Disconnect.
 */
export function RemoteHeader({
  connection,
  onDisconnect,
}: {
  connection: RemoteConnection;
  onDisconnect: () => void;
}) {
  const connected = connection.phase === 'connected' ? connection : null;
  return (
    <header className="pane__header">
      <ServerIcon className="pane__icon" />
      <h2 id="remote-pane-title" className="pane__title">
        Remote
      </h2>
      <span className={`pane__subtitle remote-status remote-status--${connection.phase}`} data-testid="remote-status">
        {connected !== null &&
          (connected.secure ? (
            <LockIcon className="remote-status__lock" aria-hidden="false" role="img" aria-label="Encrypted (TLS)" />
          ) : (
            <UnlockIcon className="remote-status__lock remote-status__lock--open" aria-hidden="false" role="img" aria-label="Not encrypted" />
          ))}
        <span className="remote-status__text">{statusText(connection)}</span>
      </span>
      <div className="pane__header-tools">
        {connected !== null && (
          <button type="button" className="button button--small" onClick={onDisconnect} title="Disconnect from the server">
            <DisconnectIcon />
            Disconnect
          </button>
        )}
      </div>
    </header>
  );
}

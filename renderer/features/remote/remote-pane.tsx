import { EmptyState } from '../../components/empty-state.js';
import { ServerIcon } from '../../components/icons.js';
import { PathBar } from '../browser/path-bar.js';
import '../browser/browser.css';

/**
 * The right pane. Until the FTP engine lands it can only say it is not connected; when the user tried to
 * connect, it says plainly that connecting is not available yet rather than pretending.
 */
export function RemotePane({ attempted }: { attempted: string | null }) {
  return (
    <section className="pane" aria-labelledby="remote-pane-title">
      <header className="pane__header">
        <ServerIcon className="pane__icon" />
        <h2 id="remote-pane-title" className="pane__title">
          Remote
        </h2>
        <span className="pane__subtitle">Not connected</span>
      </header>
      <PathBar
        side="Remote"
        path=""
        canGoUp={false}
        busy={false}
        disabled
        showHidden
        onShowHidden={() => undefined}
        onNavigate={() => undefined}
        onUp={() => undefined}
        onRefresh={() => undefined}
      />
      <div className="pane__body">
        <EmptyState icon={<ServerIcon />} title="Not connected">
          {attempted === null ? (
            <p>Connect with Quick connect above, or pick a saved site, to see the server’s files here.</p>
          ) : (
            <p>
              Connecting to <strong>{attempted}</strong> is not available yet in this version of Ferry. The FTP
              engine arrives in an upcoming update.
            </p>
          )}
        </EmptyState>
      </div>
      <footer className="pane__status">&nbsp;</footer>
    </section>
  );
}

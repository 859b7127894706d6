import { useRef } from 'react';
import { Splitter, useSplit } from './components/splitter.js';
import { LocalPane } from './features/browser/local-pane.js';
import { CertificateDialog } from './features/certificates/certificate-dialog.js';
import { MessageLog } from './features/log/message-log.js';
import { PublishButton } from './features/publish/publish-button.js';
import { PublishDialog } from './features/publish/publish-dialog.js';
import { usePublishEntry } from './features/publish/use-publish-entry.js';
import { RemotePane } from './features/remote/remote-pane.js';
import { siteConnectRequest } from './features/sites/connect-request.js';
import { SiteManager } from './features/sites/site-manager.js';
import { Toolbar } from './features/toolbar/toolbar.js';
import { TransferPanel } from './features/transfers/transfer-panel.js';
import type { LogStore } from './state/log-store.js';
import { useAppInfo } from './state/use-app-info.js';
import { useRecentConnections } from './state/use-recent-connections.js';
import { useRemoteSession } from './state/use-remote-session.js';
import './styles/app.css';

const paneLimits = { min: 20, max: 80 };
const dockLimits = { min: 35, max: 85 };

/** The Ferry window: quick connect on top, sites at the side, local and remote panes, transfers and log below. */
export function App({ log }: { log: LogStore }) {
  const info = useAppInfo();
  const version = info === null ? '' : `Version ${info.version}${info.shell === 'web' ? ' · web shell' : ''}`;
  const recent = useRecentConnections();
  const session = useRemoteSession({
    onConnected: (target) => {
      if (target.source === 'quick') recent.remember(target);
      publish.connected(target);
    },
  });
  const { connection } = session;
  const publish = usePublishEntry(connection);
  const mainRef = useRef<HTMLDivElement>(null);
  const browserRef = useRef<HTMLElement>(null);
  const dockRef = useRef<HTMLDivElement>(null);
  const [paneSplit, setPaneSplit] = useSplit('ferry.split.panes', paneLimits, 48);
  const [dockSplit, setDockSplit] = useSplit('ferry.split.dock', dockLimits, 68);
  const target = connection.phase === 'idle' ? connection.target : connection.target;

  return (
    <div className="app">
      <Toolbar
        onConnect={(request, to) => {
          publish.connecting(null);
          void session.connect(request, to);
        }}
        busy={connection.phase === 'connecting'}
        recent={recent.recent}
        onClearRecent={recent.clear}
        version={version}
        {...(publish.live === null ? {} : { actions: <PublishButton onClick={publish.openForSession} /> })}
      />
      <div className="workspace">
        <SiteManager
          onPublish={publish.openForSite}
          onConnect={(site, password) => {
            publish.connecting(site);
            void session.connect(siteConnectRequest(site, { siteId: site.id, ...(password === undefined ? {} : { password }) }), {
              host: site.host,
              port: site.port,
              user: site.user,
              protocol: site.protocol,
              source: 'site',
              ...(site.remoteDir === '' ? {} : { startPath: site.remoteDir }),
            });
          }}
        />
        <div
          ref={mainRef}
          className="workspace__main"
          style={{ gap: 0, gridTemplateRows: `minmax(160px, ${dockSplit}fr) 10px minmax(110px, ${100 - dockSplit}fr)` }}
        >
          <main
            ref={browserRef}
            className="browser"
            aria-label="File browser"
            style={{ gap: 0, gridTemplateColumns: `minmax(0, ${paneSplit}fr) 10px minmax(0, ${100 - paneSplit}fr)` }}
          >
            <LocalPane />
            <Splitter
              label="Resize local and remote panes"
              orientation="vertical"
              value={paneSplit}
              limits={paneLimits}
              onChange={setPaneSplit}
              container={() => browserRef.current}
            />
            <RemotePane session={session} />
          </main>
          <Splitter
            label="Resize file panes and transfers"
            orientation="horizontal"
            value={dockSplit}
            limits={dockLimits}
            onChange={setDockSplit}
            container={() => mainRef.current}
          />
          <div
            ref={dockRef}
            className="dock"
            // The same split as the panes above, so the columns line up and either separator moves both.
            style={{ gap: 0, gridTemplateColumns: `minmax(0, ${paneSplit}fr) 10px minmax(0, ${100 - paneSplit}fr)` }}
          >
            <TransferPanel />
            <Splitter
              label="Resize transfers and message log"
              orientation="vertical"
              value={paneSplit}
              limits={paneLimits}
              onChange={setPaneSplit}
              container={() => dockRef.current}
            />
            <MessageLog store={log} />
          </div>
        </div>
      </div>
      <CertificateDialog
        question={connection.phase === 'needs-trust' ? connection.question : null}
        server={target === undefined ? '' : `${target.host}:${target.port}`}
        onTrust={(remember) => void session.trust(remember)}
        onCancel={session.cancelTrust}
      />
      <PublishDialog target={publish.target} onClose={publish.close} />
    </div>
  );
}

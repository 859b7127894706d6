import { useState } from 'react';
import { LocalPane } from './features/browser/local-pane.js';
import { MessageLog } from './features/log/message-log.js';
import { RemotePane } from './features/remote/remote-pane.js';
import { SiteList } from './features/sites/site-list.js';
import { Toolbar } from './features/toolbar/toolbar.js';
import { TransferPanel } from './features/transfers/transfer-panel.js';
import type { LogStore } from './state/log-store.js';
import { useAppInfo } from './state/use-app-info.js';
import './styles/app.css';

/** The Ferry window: quick connect on top, sites at the side, local and remote panes, transfers and log below. */
export function App({ log }: { log: LogStore }) {
  const [attempted, setAttempted] = useState<string | null>(null);
  const info = useAppInfo();
  const version = info === null ? '' : `Version ${info.version}${info.shell === 'web' ? ' · web shell' : ''}`;

  function onConnect(target: string) {
    setAttempted(target);
    log.append({
      time: Date.now(),
      level: 'status',
      text: `Connecting to ${target} is not available yet in this version of Ferry.`,
    });
  }

  return (
    <div className="app">
      <Toolbar onConnect={onConnect} version={version} />
      <div className="workspace">
        <SiteList />
        <div className="workspace__main">
          <main className="browser" aria-label="File browser">
            <LocalPane />
            <RemotePane attempted={attempted} />
          </main>
          <div className="dock">
            <TransferPanel />
            <MessageLog store={log} />
          </div>
        </div>
      </div>
    </div>
  );
}

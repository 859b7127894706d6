// Tokens and base styles first, so feature styles (imported by the components) can override them.
import './styles/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.js';
import { App } from './app.js';
import { BridgeContext } from './state/bridge-context.js';
import { createLogStore } from './state/log-store.js';

const log = createLogStore();
// Listeners first, then ready(): main flushes the events it queued only once someone is listening.
api.on('log:line', (line) => log.append(line));
api.ready();

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root element');
}
createRoot(root).render(
  <StrictMode>
    <BridgeContext value={api}>
      <App log={log} />
    </BridgeContext>
  </StrictMode>,
);

import { useRef, useState } from 'react';
import type { ClipboardEvent, FormEvent, ReactNode } from 'react';
import type { RemoteConnectRequest } from '../../../shared/remote-session.js';
import type { SiteProtocol } from '../../../shared/site.js';
import { FerryMark } from '../../components/icons.js';
import type { SessionTarget } from '../../state/use-remote-session.js';
import { checkQuickConnect, fillFromUrl, quickProtocols } from './quick-connect.js';
import type { RecentConnection } from './recent-connections.js';
import { RecentMenu } from './recent-menu.js';
import './toolbar.css';

/**
 * The top bar: the app mark and quick connect. A pasted `ftp://`, `ftps://` or `ftpes://` address fills the
 * fields; the recent menu refills them (never the password). Connect hands a checked request to `onConnect`.
 */
export function Toolbar({
  onConnect,
  busy,
  recent,
  onClearRecent,
  version,
  actions,
}: {
  onConnect: (request: RemoteConnectRequest, target: SessionTarget) => void;
  busy: boolean;
  recent: readonly RecentConnection[];
  onClearRecent: () => void;
  version: string;
  /** Buttons for the connected server (e.g. "Publish…"), at the right end of the bar. */
  actions?: ReactNode;
}) {
  const [host, setHost] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [port, setPort] = useState('');
  const [protocol, setProtocol] = useState<SiteProtocol>('ftpes-if-available');
  const [startPath, setStartPath] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<{ field: 'host' | 'port'; message: string } | null>(null);
  const hostRef = useRef<HTMLInputElement>(null);
  const portRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  /** Fills the fields from an address; true when the text was one. */
  function fill(text: string): boolean {
    const filled = fillFromUrl(text);
    if (filled === null) return false;
    if ('error' in filled) {
      setProblem({ field: 'host', message: filled.error });
      return true;
    }
    setHost(filled.host);
    setPort(filled.port);
    setProtocol(filled.protocol);
    if (filled.user !== undefined) setUser(filled.user);
    if (filled.password !== undefined) setPassword(filled.password);
    setStartPath(filled.path);
    setProblem(null);
    return true;
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text');
    if (fill(text)) event.preventDefault();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // An address typed (not pasted) into Host is read on Connect.
    const filled = fillFromUrl(host);
    const fields =
      filled !== null && !('error' in filled)
        ? { host: filled.host, user: filled.user ?? user, password: filled.password ?? password, port: filled.port, protocol: filled.protocol }
        : { host, user, password, port, protocol };
    if (filled !== null && !('error' in filled)) fill(host);
    const checked = checkQuickConnect(fields);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      (checked.field === 'host' ? hostRef : portRef).current?.focus();
      return;
    }
    setProblem(null);
    const anonymous = checked.user === '' || checked.user === 'anonymous';
    const path = filled !== null && !('error' in filled) ? filled.path : startPath;
    onConnect(
      {
        host: checked.host,
        port: checked.port,
        protocol: checked.protocol,
        logonType: anonymous ? 'anonymous' : 'normal',
        user: checked.user,
        ...(anonymous ? {} : { password: fields.password }),
      },
      { host: checked.host, port: checked.port, user: checked.user, protocol: checked.protocol, source: 'quick', ...(path === undefined ? {} : { startPath: path }) },
    );
  }

  function pick(entry: RecentConnection) {
    setHost(entry.host);
    setUser(entry.user);
    setPort(entry.port === (entry.protocol === 'ftps-implicit' ? 990 : 21) ? '' : String(entry.port));
    setProtocol(entry.protocol);
    setPassword('');
    setStartPath(undefined);
    setProblem(null);
  }

  const describedBy = problem !== null ? 'quick-connect-problem' : undefined;
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <FerryMark className="toolbar__mark" />
        <span className="toolbar__name">Ferry</span>
      </div>
      <form className="quick-connect" aria-label="Quick connect" onSubmit={onSubmit} noValidate>
        <label className="field field--host">
          <span className="field__label">Host</span>
          <input
            ref={hostRef}
            value={host}
            placeholder="ftp.example.com"
            title="A server name, or paste a whole ftp://, ftps:// or ftpes:// address"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem?.field === 'host'}
            aria-describedby={describedBy}
            onPaste={onPaste}
            onChange={(event) => {
              setHost(event.target.value);
              setStartPath(undefined);
            }}
          />
        </label>
        <label className="field field--user">
          <span className="field__label">User</span>
          <input value={user} placeholder="anonymous" autoComplete="off" spellCheck={false} onChange={(event) => setUser(event.target.value)} />
        </label>
        <label className="field field--password">
          <span className="field__label">Password</span>
          <input ref={passwordRef} type="password" value={password} placeholder="Password" autoComplete="off" onChange={(event) => setPassword(event.target.value)} />
        </label>
        <label className="field field--port">
          <span className="field__label">Port</span>
          <input
            ref={portRef}
            value={port}
            placeholder={protocol === 'ftps-implicit' ? '990' : '21'}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={problem?.field === 'port'}
            aria-describedby={describedBy}
            onChange={(event) => setPort(event.target.value)}
          />
        </label>
        <label className="field field--protocol">
          <span className="visually-hidden">Protocol</span>
          <select value={protocol} onChange={(event) => setProtocol(event.target.value as SiteProtocol)} title={quickProtocols.find((item) => item.value === protocol)?.label}>
            {quickProtocols.map((item) => (
              <option key={item.value} value={item.value}>
                {item.label}
              </option>
            ))}
          </select>
        </label>
        <div className="quick-connect__go">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect'}
          </button>
          <RecentMenu recent={recent} onPick={pick} onClear={onClearRecent} focusAfterPick={() => passwordRef.current?.focus()} />
        </div>
      </form>
      <p id="quick-connect-problem" className="toolbar__problem" role="status">
        {problem?.message ?? ''}
      </p>
      {actions !== undefined && <div className="toolbar__actions">{actions}</div>}
      <p className="toolbar__version">{version}</p>
    </header>
  );
}

import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { FerryMark } from '../../components/icons.js';
import { checkQuickConnect } from './quick-connect.js';
import './toolbar.css';

/**
 * The top bar: the app mark and quick connect. Connecting is not wired yet: the form checks its input and
 * hands a "host:port" to `onConnect`, which says so plainly instead of faking a connection.
 */
export function Toolbar({ onConnect, version }: { onConnect: (target: string) => void; version: string }) {
  const [host, setHost] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [port, setPort] = useState('');
  const [problem, setProblem] = useState<{ field: 'host' | 'port'; message: string } | null>(null);
  const hostRef = useRef<HTMLInputElement>(null);
  const portRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = checkQuickConnect({ host, user, password, port });
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      (checked.field === 'host' ? hostRef : portRef).current?.focus();
      return;
    }
    setProblem(null);
    onConnect(`${checked.host}:${checked.port}`);
  }

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
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem?.field === 'host'}
            aria-describedby={problem !== null ? 'quick-connect-problem' : undefined}
            onChange={(event) => setHost(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">User</span>
          <input
            value={user}
            placeholder="anonymous"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Password</span>
          <input
            type="password"
            value={password}
            autoComplete="off"
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <label className="field field--port">
          <span className="field__label">Port</span>
          <input
            ref={portRef}
            value={port}
            placeholder="21"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={problem?.field === 'port'}
            aria-describedby={problem !== null ? 'quick-connect-problem' : undefined}
            onChange={(event) => setPort(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary">
          Connect
        </button>
      </form>
      <p id="quick-connect-problem" className="toolbar__problem" role="status">
        {problem?.message ?? ''}
      </p>
      <p className="toolbar__version">{version}</p>
    </header>
  );
}

import { useState } from 'react';
import { Dialog } from '../../components/dialog.js';

/**
 * Asks for a name (new folder, rename). `onSubmit` resolves with a problem to show, or null when done.
 */
export function NameDialog({
  title,
  label,
  initial,
  action,
  onSubmit,
  onClose,
}: {
  title: string;
  label: string;
  initial: string;
  action: string;
  onSubmit: (name: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  async function submit() {
    if (name.trim() === '') {
      setProblem('Enter a name.');
      return;
    }
    const found = await onSubmit(name.trim());
    if (found !== null) setProblem(found);
  }
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            {action}
          </button>
        </>
      }
    >
      <div className="sm-field sm-field--wide">
        <label htmlFor="name-dialog-input" className="sm-field__label">
          {label}
        </label>
        <input
          id="name-dialog-input"
          className="text-input sm-input"
          value={name}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? 'name-dialog-problem' : undefined}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
        />
        {problem !== null && (
          <p id="name-dialog-problem" className="sm-field__problem">
            {problem}
          </p>
        )}
      </div>
    </Dialog>
  );
}

/** Asks before something that cannot be undone; the safe answer (Cancel) has the focus. */
export function ConfirmDialog({
  title,
  message,
  action,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  action: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open
      alert
      title={title}
      description={message}
      onClose={onClose}
      footer={
        <>
          {/* Cancel comes first and Delete is never the default: Enter alone cannot delete. */}
          <button type="button" className="button button--ghost" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {action}
          </button>
        </>
      }
    />
  );
}

/** Asks for the password of an "ask for password" site; it goes straight to the connection, never stored. */
export function PasswordPrompt({
  who,
  onSubmit,
  onClose,
}: {
  /** "ann at ftp.example.com". */
  who: string;
  onSubmit: (password: string) => void;
  onClose: () => void;
}) {
  const [password, setPassword] = useState('');
  return (
    <Dialog
      open
      title="Password needed"
      description={`Enter the password for ${who}. Ferry uses it for this connection only and does not keep it.`}
      onClose={onClose}
      onSubmit={() => onSubmit(password)}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Connect
          </button>
        </>
      }
    >
      <div className="sm-field sm-field--wide">
        <label htmlFor="ask-password" className="sm-field__label">
          Password
        </label>
        <input
          id="ask-password"
          className="text-input sm-input"
          type="password"
          value={password}
          autoFocus
          autoComplete="off"
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
    </Dialog>
  );
}

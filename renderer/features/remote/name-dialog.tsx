import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import { checkEntryName } from './remote-actions.js';

/**
 * Asks for one name: a new folder's, or a new name for an entry (F2). The extension-less part is selected
 * on open when renaming, so typing replaces the name and keeps ".html".
 */
export function NameDialog({
  open,
  title,
  label,
  initial,
  confirmLabel,
  existing,
  validate = checkEntryName,
  onClose,
  onConfirm,
}: {
  open: boolean;
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  existing: readonly string[];
  /** Why a typed name cannot be used (null when it can); the server's rules by default, the local pane has its own. */
  validate?: (name: string, existing: readonly string[], current?: string) => string | null;
  onClose: () => void;
  /** Resolves with an error text to show, or null when done (the dialog then closes). */
  onConfirm: (name: string) => Promise<string | null>;
}) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    setName(initial);
    setProblem(null);
    setBusy(false);
    const frame = requestAnimationFrame(() => {
      const input = inputRef.current;
      if (input === null) return;
      input.focus();
      const dot = initial.lastIndexOf('.');
      input.setSelectionRange(0, dot > 0 ? dot : initial.length);
    });
    return () => cancelAnimationFrame(frame);
  }, [open, initial]);

  async function submit() {
    const check = validate(name, existing, initial === '' ? undefined : initial);
    if (check !== null) {
      setProblem(check);
      return;
    }
    if (name.trim() === initial) {
      onClose();
      return;
    }
    setBusy(true);
    const failure = await onConfirm(name.trim());
    setBusy(false);
    if (failure !== null) setProblem(failure);
  }

  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <label className="field-label" htmlFor={`${id}-name`}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-name`}
        className="text-input"
        value={name}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={`${id}-problem`}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(null);
        }}
      />
      <p id={`${id}-problem`} className="field-problem" role="status">
        {problem ?? ''}
      </p>
    </Dialog>
  );
}

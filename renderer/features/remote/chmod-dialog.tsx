import { useEffect, useId, useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import type { PermissionBits, PermissionClass, PermissionKind } from './chmod-bits.js';
import { bitsToMode, modeToBits, modeToOctal, modeToSymbolic, octalToMode, permissionClasses, permissionKinds } from './chmod-bits.js';

const classLabels: Record<PermissionClass, string> = { owner: 'Owner', group: 'Group', others: 'Others' };
const kindLabels: Record<PermissionKind, string> = { read: 'Read', write: 'Write', execute: 'Execute' };

/**
 * Permissions for one or more entries (remote, or local on macOS and Linux): read/write/execute for owner,
 * group and others, the numeric value (editable), and the two settings a website needs: 644 for files, 755
 * for folders and scripts.
 */
export function ChmodDialog({
  names,
  initialMode,
  onClose,
  onConfirm,
}: {
  /** Null when closed. */
  names: readonly string[] | null;
  initialMode: number;
  onClose: () => void;
  /** Resolves with an error text, or null when done. */
  onConfirm: (octal: string) => Promise<string | null>;
}) {
  const [mode, setMode] = useState(initialMode);
  const [octalDraft, setOctalDraft] = useState(modeToOctal(initialMode));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  useEffect(() => {
    setMode(initialMode);
    setOctalDraft(modeToOctal(initialMode));
    setProblem(null);
    setBusy(false);
  }, [names, initialMode]);

  const bits = modeToBits(mode);
  function apply(next: number) {
    setMode(next);
    setOctalDraft(modeToOctal(next));
    setProblem(null);
  }
  function toggle(who: PermissionClass, kind: PermissionKind) {
    const next: PermissionBits = { ...bits, [who]: { ...bits[who], [kind]: !bits[who][kind] } };
    apply(bitsToMode(next));
  }

  async function submit() {
    const typed = octalToMode(octalDraft);
    if (typed === null) {
      setProblem('The numeric value is three digits from 0 to 7, like 644.');
      return;
    }
    setBusy(true);
    const failure = await onConfirm(modeToOctal(typed));
    setBusy(false);
    if (failure !== null) setProblem(failure);
  }

  const list = names ?? [];
  return (
    <Dialog
      open={names !== null}
      title="Permissions"
      width={440}
      onClose={onClose}
      onSubmit={() => void submit()}
      description={list.length === 1 ? <>For “{list[0]}”</> : <>For {list.length.toLocaleString()} items</>}
      footer={
        <>
          <span className="spacer chmod__presets">
            <button type="button" className="button button--ghost" onClick={() => apply(0o644)}>
              644 · files
            </button>
            <button type="button" className="button button--ghost" onClick={() => apply(0o755)}>
              755 · folders
            </button>
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Apply
          </button>
        </>
      }
    >
      <table className="chmod__grid">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Who</span>
            </th>
            {permissionKinds.map((kind) => (
              <th key={kind} scope="col">
                {kindLabels[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {permissionClasses.map((who) => (
            <tr key={who}>
              <th scope="row">{classLabels[who]}</th>
              {permissionKinds.map((kind) => (
                <td key={kind}>
                  <input
                    type="checkbox"
                    aria-label={`${classLabels[who]} ${kindLabels[kind].toLowerCase()}`}
                    checked={bits[who][kind]}
                    onChange={() => toggle(who, kind)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chmod__numeric">
        <label htmlFor={`${id}-octal`} className="field-label">
          Numeric value
        </label>
        <input
          id={`${id}-octal`}
          className="text-input chmod__octal"
          value={octalDraft}
          inputMode="numeric"
          maxLength={4}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-problem`}
          onChange={(event) => {
            setOctalDraft(event.target.value);
            const typed = octalToMode(event.target.value);
            if (typed !== null) setMode(typed);
          }}
        />
        <code className="chmod__symbolic">{modeToSymbolic(mode)}</code>
      </div>
      <p id={`${id}-problem`} className="field-problem" role="status">
        {problem ?? ''}
      </p>
    </Dialog>
  );
}

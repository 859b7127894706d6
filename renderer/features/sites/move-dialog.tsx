import { useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import type { FolderChoice } from './site-tree.js';

/** "Move to folder…": pick the destination from every folder (as a path) or the top level. */
export function MoveDialog({
  name,
  current,
  choices,
  onMove,
  onClose,
}: {
  name: string;
  current: string | null;
  choices: readonly FolderChoice[];
  onMove: (folderId: string | null) => void;
  onClose: () => void;
}) {
  const [target, setTarget] = useState(current ?? '');
  return (
    <Dialog
      open
      title={`Move “${name}”`}
      onClose={onClose}
      onSubmit={() => onMove(target === '' ? null : target)}
      footer={
        <>
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={target === (current ?? '')}>
            Move
          </button>
        </>
      }
    >
      <div className="sm-field sm-field--wide">
        <label htmlFor="move-target" className="sm-field__label">
          Move to
        </label>
        <select id="move-target" className="text-input sm-input" autoFocus value={target} onChange={(event) => setTarget(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.id ?? ''} value={choice.id ?? ''}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  );
}

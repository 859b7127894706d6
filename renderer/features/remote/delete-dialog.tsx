import { useEffect, useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import { FileIcon, FolderIcon } from '../../components/icons.js';
import { errorText } from '../errors/error-text.js';
import type { DeleteItem, DeleteOutcome } from './remote-actions.js';

const serverWarning = 'They are deleted on the server right away; this cannot be undone.';

/**
 * "Delete these from the server?" with the list of what goes. After deleting, what could not be deleted
 * stays listed with the reason in plain words (a folder that is not empty says so and why). `warning` says
 * where things are deleted and that it is for good; the local pane's says "from this computer, not to the trash".
 */
export function DeleteDialog({
  items,
  warning = serverWarning,
  onClose,
  onConfirm,
}: {
  /** Null when closed. */
  items: readonly DeleteItem[] | null;
  warning?: string;
  onClose: () => void;
  onConfirm: (items: readonly DeleteItem[]) => Promise<DeleteOutcome[]>;
}) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<DeleteOutcome[] | null>(null);
  useEffect(() => {
    setBusy(false);
    setProblems(null);
  }, [items]);
  const open = items !== null;
  const list = items ?? [];

  async function confirm() {
    setBusy(true);
    const outcomes = await onConfirm(list);
    setBusy(false);
    const failed = outcomes.filter((outcome) => outcome.error !== undefined || outcome.notEmpty === true);
    if (failed.length === 0) onClose();
    else setProblems(failed);
  }

  const count = list.length;
  const title =
    problems !== null
      ? 'Some items were not deleted'
      : count === 1
        ? `Delete “${list[0]?.name ?? ''}”?`
        : `Delete ${count.toLocaleString()} items?`;
  return (
    <Dialog
      open={open}
      title={title}
      alert
      onClose={onClose}
      description={problems === null ? warning : undefined}
      footer={
        problems === null ? (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? 'Deleting…' : 'Delete'}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={onClose}>
            Close
          </button>
        )
      }
    >
      {problems === null ? (
        <ul className="item-list" aria-label="To be deleted">
          {list.map((item) => (
            <li key={item.name}>
              {item.folder ? <FolderIcon className="file-icon file-icon--folder" /> : <FileIcon className="file-icon" />}
              <span>{item.name}</span>
            </li>
          ))}
        </ul>
      ) : (
        <ul className="item-list item-list--problems" aria-label="Not deleted">
          {problems.map((outcome) => (
            <li key={outcome.name}>
              <strong>{outcome.name}</strong>
              <span>
                {outcome.notEmpty === true
                  ? 'This folder is not empty. Deleting a folder with everything in it comes with the transfer queue in a later version; for now, delete its contents first.'
                  : outcome.error === undefined
                    ? ''
                    : `${errorText(outcome.error).title} ${outcome.error.detail ?? outcome.error.message}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

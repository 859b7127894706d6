import { NameDialog } from '../remote/name-dialog.js';

/**
 * A pane's "New folder" and "Rename" dialogs. The pane says what each does: `onCreate` / `onRename` answer
 * with the text to show in the dialog when it failed, or null once done (the pane then closes and refreshes).
 */
export function EntryNameDialogs({
  creating,
  renaming,
  existing,
  validate,
  onClose,
  onCreate,
  onRename,
}: {
  creating: boolean;
  /** The name being renamed, or null when the rename dialog is closed. */
  renaming: string | null;
  /** Every name in the folder, so a taken name is caught before asking main. */
  existing: readonly string[];
  validate?: (name: string, existing: readonly string[], current?: string) => string | null;
  onClose: () => void;
  onCreate: (name: string) => Promise<string | null>;
  onRename: (from: string, to: string) => Promise<string | null>;
}) {
  const shared = { existing, onClose, ...(validate === undefined ? {} : { validate }) };
  return (
    <>
      <NameDialog {...shared} open={creating} title="New folder" label="Folder name" initial="" confirmLabel="Create" onConfirm={onCreate} />
      <NameDialog
        {...shared}
        open={renaming !== null}
        title="Rename"
        label="New name"
        initial={renaming ?? ''}
        confirmLabel="Rename"
        onConfirm={(name) => (renaming === null ? Promise.resolve(null) : onRename(renaming, name))}
      />
    </>
  );
}

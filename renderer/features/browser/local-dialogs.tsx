import type { AppError } from '../../../shared/errors.js';
import { useBridge } from '../../state/bridge-context.js';
import { ChmodDialog } from '../remote/chmod-dialog.js';
import { DeleteDialog } from '../remote/delete-dialog.js';
import type { DeleteItem } from '../remote/remote-actions.js';
import { EntryNameDialogs } from './entry-name-dialogs.js';
import { bridgeDown, checkLocalEntryName, deleteLocalEntries, localFailureText } from './local-actions.js';
import { joinPath } from './path-crumbs.js';

/** Which dialog the local pane shows. `land` is the row to select once the deleted ones are gone. */
export type LocalDialog =
  | { readonly kind: 'none' }
  | { readonly kind: 'new-folder' }
  | { readonly kind: 'rename'; readonly name: string }
  | { readonly kind: 'delete'; readonly items: readonly DeleteItem[]; readonly land: string | null }
  | { readonly kind: 'chmod'; readonly names: readonly string[]; readonly mode: number };

/** Said before anything is deleted: Node has no trash to move things to, so this is for good. */
const localDeleteWarning =
  'Deleted permanently from this computer, not moved to the trash. A folder is deleted with everything inside it. This cannot be undone.';

/**
 * The local pane's dialogs (new folder, rename, delete, permissions): the remote pane's dialogs, driven by
 * the `local:*` channels. Failures show in the dialog and in the pane's error notice, which outlives it.
 */
export function LocalDialogs({
  dialog,
  folder,
  existing,
  onClose,
  onDone,
  onError,
}: {
  dialog: LocalDialog;
  /** The listed folder, absolute. */
  folder: string;
  /** Every name in the folder (hidden ones too), so a taken name is caught before asking main. */
  existing: readonly string[];
  onClose: () => void;
  /** After a change: refresh, then select `focus` (null keeps the selection) and give the grid the keyboard. */
  onDone: (focus: string | null) => Promise<void>;
  onError: (error: AppError) => void;
}) {
  const bridge = useBridge();

  /** The dialog's text for a failure (also put in the pane's notice), or null after success. */
  function failure(error: AppError | null): string | null {
    if (error === null) return null;
    onError(error);
    return localFailureText(error);
  }

  return (
    <>
      <EntryNameDialogs
        creating={dialog.kind === 'new-folder'}
        renaming={dialog.kind === 'rename' ? dialog.name : null}
        existing={existing}
        validate={checkLocalEntryName}
        onClose={onClose}
        onCreate={async (name) => {
          const result = await bridge.invoke('local:mkdir', { folder, name }).catch(bridgeDown);
          if (!result.ok) return failure(result.error);
          onClose();
          await onDone(name);
          return null;
        }}
        onRename={async (from, name) => {
          const result = await bridge.invoke('local:rename', { path: joinPath(folder, from), name }).catch(bridgeDown);
          if (!result.ok) return failure(result.error);
          onClose();
          await onDone(name);
          return null;
        }}
      />
      <DeleteDialog
        items={dialog.kind === 'delete' ? dialog.items : null}
        warning={localDeleteWarning}
        onClose={onClose}
        onConfirm={async (items) => {
          const outcomes = await deleteLocalEntries(bridge, folder, items);
          const failed = outcomes.filter((outcome) => outcome.error !== undefined);
          const firstError = failed[0]?.error;
          // Land on the next row when everything went; a failed item keeps its place and stays selected.
          await onDone(failed.length === 0 && dialog.kind === 'delete' ? dialog.land : null);
          if (firstError !== undefined) onError(firstError);
          return outcomes;
        }}
      />
      <ChmodDialog
        names={dialog.kind === 'chmod' ? dialog.names : null}
        initialMode={dialog.kind === 'chmod' ? dialog.mode : 0o644}
        onClose={onClose}
        onConfirm={async (octal) => {
          if (dialog.kind !== 'chmod') return null;
          for (const name of dialog.names) {
            const result = await bridge.invoke('local:chmod', { path: joinPath(folder, name), mode: octal }).catch(bridgeDown);
            if (!result.ok) return failure(result.error);
          }
          onClose();
          await onDone(null);
          return null;
        }}
      />
    </>
  );
}

import { UploadIcon } from './transfer-icons.js';
import './transfers.css';

/**
 * A calm note above a pane's files about a drop that did not (fully) upload: not an error in the app, just
 * what happened and what to do instead. Stays until dismissed or the next drop, so there is time to read it.
 */
export function DropNotice({ text, onDismiss }: { text: string | null; onDismiss: () => void }) {
  if (text === null) return null;
  return (
    <div className="pane-banner" role="status" aria-label="Drop notice">
      <UploadIcon className="pane-banner__icon" />
      <p className="pane-banner__text">{text}</p>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

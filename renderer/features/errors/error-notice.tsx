import type { AppError } from '../../../shared/errors.js';
import { WarningIcon } from '../../components/icons.js';
import { errorText } from './error-text.js';
import './errors.css';

/**
 * An error in plain words with a next step; the code, message and the server's or system's detail sit behind
 * "Details" for people who want them (and for bug reports).
 */
export function ErrorNotice({ error, onDismiss }: { error: AppError; onDismiss?: () => void }) {
  const text = errorText(error);
  return (
    <div className="error-notice" role="alert">
      <WarningIcon className="error-notice__icon" />
      <div className="error-notice__body">
        <p className="error-notice__title">{text.title}</p>
        <p className="error-notice__next">{text.nextStep}</p>
        <details className="error-notice__details">
          <summary>Details</summary>
          <dl>
            <dt>Code</dt>
            <dd>{error.code}</dd>
            <dt>Message</dt>
            <dd>{error.message}</dd>
            {error.detail !== undefined && (
              <>
                <dt>Detail</dt>
                <dd>{error.detail}</dd>
              </>
            )}
          </dl>
        </details>
      </div>
      {onDismiss !== undefined && (
        <button type="button" className="button button--ghost error-notice__dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

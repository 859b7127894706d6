import type { PublishSummary } from '../../../shared/publish.js';
import { formatSize } from '../browser/format.js';
import { formatDuration, plural, summaryHeadline } from './publish-text.js';

const actionWords = { upload: 'Upload', mkdir: 'Create folder', delete: 'Delete' } as const;

/** After a publish: what was sent, deleted, skipped, and what failed with the server's reason. */
export function SummaryView({ summary }: { summary: PublishSummary }) {
  const bytes = summary.uploaded.reduce((sum, file) => sum + file.bytes, 0);
  // The remote root itself ('') is created too when it was missing; people count the folders inside it.
  const folders = summary.foldersCreated.filter((folder) => folder !== '').length;
  const tone = summary.failed.length > 0 || summary.cancelled ? 'warn' : 'ok';
  return (
    <div className="publish-summary">
      <p className={`publish-summary__headline publish-summary__headline--${tone}`} role="status">
        {summaryHeadline(summary)}
      </p>
      <ul className="publish-counts" aria-label="What publishing did">
        <li className="publish-count publish-count--add">
          <span className="publish-count__value" data-testid="publish-done-uploaded">
            {summary.uploaded.length.toLocaleString()}
          </span>
          <span className="publish-count__label">uploaded</span>
        </li>
        <li className="publish-count">
          <span className="publish-count__value" data-testid="publish-done-deleted">
            {summary.deleted.length.toLocaleString()}
          </span>
          <span className="publish-count__label">deleted</span>
        </li>
        <li className="publish-count publish-count--quiet">
          <span className="publish-count__value" data-testid="publish-done-skipped">
            {summary.skipped.toLocaleString()}
          </span>
          <span className="publish-count__label">skipped</span>
        </li>
        <li className={`publish-count${summary.failed.length > 0 ? ' publish-count--danger' : ' publish-count--quiet'}`}>
          <span className="publish-count__value" data-testid="publish-done-failed">
            {summary.failed.length.toLocaleString()}
          </span>
          <span className="publish-count__label">failed</span>
        </li>
      </ul>
      <p className="publish-plan__line">
        {formatSize(bytes)} sent{folders > 0 ? `, ${plural(folders, 'folder')} created` : ''} in{' '}
        {formatDuration(summary.durationMs)}.
      </p>
      {summary.failed.length > 0 && (
        <details className="publish-list" open>
          <summary className="publish-list__summary">
            What did not work <span className="publish-list__count">{summary.failed.length}</span>
          </summary>
          <ul className="publish-list__items">
            {summary.failed.map((failure) => (
              <li key={`${failure.action}:${failure.path}`} className="publish-item publish-item--delete">
                <span className="publish-item__path">
                  {actionWords[failure.action]} {failure.path}
                </span>
                <span className="publish-item__why">{failure.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.uploaded.length > 0 && (
        <details className="publish-list">
          <summary className="publish-list__summary">
            Uploaded <span className="publish-list__count">{summary.uploaded.length}</span>
          </summary>
          <ul className="publish-list__items">
            {summary.uploaded.slice(0, 500).map((file) => (
              <li key={file.path} className="publish-item">
                <span className="publish-item__path">{file.path}</span>
                <span className="publish-item__why">{formatSize(file.bytes)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {summary.deleted.length > 0 && (
        <details className="publish-list">
          <summary className="publish-list__summary">
            Deleted <span className="publish-list__count">{summary.deleted.length}</span>
          </summary>
          <ul className="publish-list__items">
            {summary.deleted.slice(0, 500).map((path) => (
              <li key={path} className="publish-item">
                <span className="publish-item__path">{path}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

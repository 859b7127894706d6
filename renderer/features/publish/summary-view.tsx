import type { PublishSummary } from '../../../shared/publish.js';
import { formatSize } from '../browser/format.js';
import { Count, PathList, shownPerList } from './publish-lists.js';
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
        <Count testId="publish-done-uploaded" value={summary.uploaded.length} label="uploaded" tone="add" />
        <Count testId="publish-done-deleted" value={summary.deleted.length} label="deleted" />
        <Count testId="publish-done-skipped" value={summary.skipped} label="skipped" tone="quiet" />
        <Count testId="publish-done-failed" value={summary.failed.length} label="failed" tone={summary.failed.length > 0 ? 'danger' : 'quiet'} />
      </ul>
      <p className="publish-plan__line">
        {formatSize(bytes)} sent{folders > 0 ? `, ${plural(folders, 'folder')} created` : ''} in{' '}
        {formatDuration(summary.durationMs)}.
      </p>
      <PathList title="What did not work" count={summary.failed.length} open>
        {summary.failed.map((failure) => (
          <li key={`${failure.action}:${failure.path}`} className="publish-item publish-item--delete">
            <span className="publish-item__path">
              {actionWords[failure.action]} {failure.path}
            </span>
            <span className="publish-item__why">{failure.message}</span>
          </li>
        ))}
      </PathList>
      <PathList title="Uploaded" count={summary.uploaded.length}>
        {summary.uploaded.slice(0, shownPerList).map((file) => (
          <li key={file.path} className="publish-item">
            <span className="publish-item__path">{file.path}</span>
            <span className="publish-item__why">{formatSize(file.bytes)}</span>
          </li>
        ))}
      </PathList>
      <PathList title="Deleted" count={summary.deleted.length}>
        {summary.deleted.slice(0, shownPerList).map((path) => (
          <li key={path} className="publish-item">
            <span className="publish-item__path">{path}</span>
          </li>
        ))}
      </PathList>
    </div>
  );
}

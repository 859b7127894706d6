import { memo } from 'react';
import type { JobProgress, TransferJob } from '../../../shared/transfer.js';
import { FolderIcon } from '../../components/icons.js';
import { jobName, jobRoute, rowActions, rowFigures } from './transfer-format.js';
import { CancelIcon, DownloadIcon, PauseIcon, PlayIcon, RetryIcon, UploadIcon } from './transfer-icons.js';
import type { TransferCommands } from './use-transfers.js';

/** What a row can ask for: the queue commands, and reopening a file-exists question put off with "Decide later". */
export type RowCommands = Pick<TransferCommands, 'pause' | 'resume' | 'cancel' | 'retry'> & { readonly ask: (jobId: string) => void };

/** Pixel height of one row (name, bar, route); the list's virtualizer relies on it. */
export const transferRowHeight = 58;

// The path boxes are right-to-left so a long path loses its start, not the file name; the marks keep the
// path itself reading left to right (a leading "/" would otherwise jump to the end).
const ltr = (path: string): string => `\u200E${path}\u200E`;

function ActionButton({ label, onClick, children }: { label: string; onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" className="icon-button transfer-row__action" aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * One transfer: direction, name, route (source → target), size, progress bar, speed, time left, state and
 * the actions its state allows. Memoised: progress ticks re-render only the rows whose figures changed.
 */
export const TransferRow = memo(function TransferRow({
  job,
  progress,
  commands,
  style,
}: {
  job: TransferJob;
  progress: JobProgress | undefined;
  commands: RowCommands;
  style: React.CSSProperties;
}) {
  const name = jobName(job);
  const route = jobRoute(job);
  const figures = rowFigures(job, progress);
  const actions = rowActions(job);
  const upload = job.kind === 'upload';
  const direction = upload ? 'Upload' : job.kind === 'download' ? 'Download' : job.kind === 'mkdir' ? 'New folder' : 'Delete';
  const details = [figures.bytes, figures.speed, figures.eta === '' ? '' : `${figures.eta} left`].filter((part) => part !== '');
  return (
    <div role="listitem" className={`transfer-row transfer-row--${job.state}`} style={style} aria-label={`${direction} ${name}: ${figures.state}`}>
      <span className={`transfer-row__direction transfer-row__direction--${upload ? 'up' : 'down'}`} title={direction}>
        {upload ? <UploadIcon /> : <DownloadIcon />}
        <span className="visually-hidden">{direction}</span>
      </span>
      <div className="transfer-row__main">
        <div className="transfer-row__line">
          {job.folder && <FolderIcon className="transfer-row__folder" width={13} height={13} />}
          <span className="transfer-row__name" title={name}>
            {name}
          </span>
          <span className="transfer-row__figures">{details.join(' · ')}</span>
        </div>
        <span
          className="transfer-row__bar"
          role="progressbar"
          aria-label={`Progress of ${name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          {...(figures.fraction === null ? {} : { 'aria-valuenow': Math.round(figures.fraction * 100) })}
        >
          <span
            className={figures.fraction === null ? 'transfer-row__fill transfer-row__fill--unknown' : 'transfer-row__fill'}
            style={{ width: `${Math.round((figures.fraction ?? 0.3) * 100)}%` }}
          />
        </span>
        {job.state === 'failed' && job.error !== undefined ? (
          <span className="transfer-row__error" title={job.error.detail ?? job.error.message}>
            {job.error.message}
          </span>
        ) : (
          <span className="transfer-row__route" title={`${route.from} → ${route.to}`}>
            <span className="transfer-row__path">{ltr(route.from)}</span>
            <span aria-hidden="true" className="transfer-row__arrow">
              →
            </span>
            <span className="visually-hidden">to</span>
            <span className="transfer-row__path">{ltr(route.to)}</span>
          </span>
        )}
      </div>
      {job.state === 'waiting' ? (
        <button
          type="button"
          className="transfer-row__state transfer-row__state--waiting transfer-row__answer"
          title="The target exists: choose what to do"
          onClick={() => commands.ask(job.id)}
        >
          {figures.state}…
        </button>
      ) : (
        <span className={`transfer-row__state transfer-row__state--${job.skipped === true ? 'skipped' : job.state}`}>{figures.state}</span>
      )}
      <span className="transfer-row__actions">
        {actions.pause && (
          <ActionButton label={`Pause ${name}`} onClick={() => commands.pause([job.id])}>
            <PauseIcon />
          </ActionButton>
        )}
        {actions.resume && (
          <ActionButton label={`Resume ${name}`} onClick={() => commands.resume([job.id])}>
            <PlayIcon />
          </ActionButton>
        )}
        {actions.retry && (
          <ActionButton label={`Retry ${name}`} onClick={() => commands.retry([job.id])}>
            <RetryIcon />
          </ActionButton>
        )}
        {actions.cancel && (
          <ActionButton label={`Cancel ${name}`} onClick={() => commands.cancel([job.id])}>
            <CancelIcon />
          </ActionButton>
        )}
      </span>
    </div>
  );
});

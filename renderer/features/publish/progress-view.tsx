import type { PublishPlan, PublishProgress } from '../../../shared/publish.js';
import { formatSize } from '../browser/format.js';

const phaseWords: Record<PublishProgress['phase'], string> = {
  folders: 'Creating folders…',
  uploads: 'Sending files…',
  deletes: 'Deleting old files…',
  done: 'Finishing…',
};

/** While a plan is applied: files and bytes so far, the file that just finished, and the phase in words. */
export function ProgressView({ plan, progress, stopping }: { plan: PublishPlan; progress: PublishProgress | undefined; stopping: boolean }) {
  const total = progress?.total ?? plan.uploads.length + plan.deletes.length;
  const done = progress?.done ?? 0;
  const bytesTotal = progress?.bytesTotal ?? plan.uploadBytes;
  const bytesDone = progress?.bytesDone ?? 0;
  const percent = bytesTotal > 0 ? Math.round((bytesDone / bytesTotal) * 100) : total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="publish-progress">
      <p className="publish-progress__phase" role="status">
        {stopping ? 'Stopping after the files in flight…' : phaseWords[progress?.phase ?? 'folders']}
      </p>
      <div
        className="publish-progress__bar"
        role="progressbar"
        aria-label="Publishing"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <span className="publish-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="publish-progress__numbers" data-testid="publish-progress-numbers">
        {done.toLocaleString()} of {total.toLocaleString()} files · {formatSize(bytesDone)} of {formatSize(bytesTotal)}
      </p>
      <p className="publish-progress__file" title={progress?.path}>
        {progress?.path === undefined ? '\u00a0' : progress.path}
      </p>
      <p className="publish-progress__note">Each file is sent under a temporary name and renamed when complete, so visitors never see half a file.</p>
    </div>
  );
}

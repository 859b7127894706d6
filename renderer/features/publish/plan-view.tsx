import type { PublishPlan, PublishWarning } from '../../../shared/publish.js';
import { WarningIcon } from '../../components/icons.js';
import { formatSize } from '../browser/format.js';
import { Count, more, PathList, shownPerList } from './publish-lists.js';
import { deleteWords, planCounts, planIsEmpty, plural, reasonText, sortedWarnings, webRootOf } from './publish-text.js';

/** CLI words in the engine's warnings, said the dialog's way. */
function warningText(warning: PublishWarning): string {
  return warning.message.replace('Use --checksum (if the server offers it) to compare content.', 'Tick “Compare contents” to check them by content.');
}

/**
 * The preview: warnings first (they can change the decision), then what will happen in numbers, then the
 * lists with the reason for each file. Nothing here sends anything.
 */
export function PlanView({ plan, onUseWebRoot }: { plan: PublishPlan; onUseWebRoot: (folder: string) => void }) {
  const counts = planCounts(plan);
  const webRoot = webRootOf(plan);
  const warnings = sortedWarnings(plan.warnings);
  return (
    <div className="publish-plan">
      {warnings.length > 0 && (
        <ul className="publish-warnings" aria-label="Before you publish">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`} className={`publish-warning publish-warning--${warning.code === 'deletes-everything' ? 'danger' : 'warn'}`}>
              <WarningIcon className="publish-warning__icon" />
              <div className="publish-warning__text">
                <p>{warningText(warning)}</p>
                {warning.code === 'web-root' && webRoot !== undefined && (
                  <button type="button" className="button button--small publish-warning__action" onClick={() => onUseWebRoot(webRoot)}>
                    Publish to {webRoot} instead
                  </button>
                )}
                {warning.paths.length > 0 && warning.code !== 'case-collision' && warning.code !== 'web-root' && (
                  <p className="publish-warning__paths">{warning.paths.slice(0, 8).join(', ')}{warning.paths.length > 8 ? ', …' : ''}</p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {webRoot !== undefined && !warnings.some((warning) => warning.code === 'web-root') && (
        <p className="publish-hint">
          Websites on this server usually live in <strong>{webRoot}</strong>.{' '}
          <button type="button" className="button button--small" onClick={() => onUseWebRoot(webRoot)}>
            Use {webRoot}
          </button>
        </p>
      )}
      <ul className="publish-counts" aria-label="What publishing will do">
        <Count testId="publish-count-new" value={counts.newFiles} label={counts.newFiles === 1 ? 'new file' : 'new files'} tone="add" />
        <Count testId="publish-count-changed" value={counts.changed} label="changed" tone="add" />
        <Count testId="publish-count-delete" value={counts.deletes} label="to delete" tone={counts.deletes > 0 ? 'danger' : 'normal'} />
        <Count testId="publish-count-unchanged" value={counts.unchanged} label="unchanged" tone="quiet" />
        <Count testId="publish-count-ignored" value={counts.ignored} label="ignored" tone="quiet" />
      </ul>
      <p className="publish-plan__line" data-testid="publish-plan-line">
        {planIsEmpty(plan)
          ? 'Everything on the server already matches your folder: there is nothing to send.'
          : `Ferry will send ${plural(plan.uploads.length, 'file')} (${formatSize(plan.uploadBytes)})${counts.folders > 0 ? `, create ${plural(counts.folders, 'folder')}` : ''}${counts.deletes > 0 ? ` and delete ${deleteWords(plan)} on the server` : ''}.`}
        {counts.kept > 0 && ` ${plural(counts.kept, 'item')} on the server that ${counts.kept === 1 ? 'is' : 'are'} not in your folder will be kept.`}
      </p>
      <div className="publish-lists">
        <PathList title="To upload" count={plan.uploads.length} open={plan.uploads.length <= 20}>
          {plan.uploads.slice(0, shownPerList).map((upload) => (
            <li key={upload.path} className="publish-item">
              <span className="publish-item__path">{upload.path}</span>
              <span className="publish-item__why">
                {reasonText(upload)}
                {upload.reason !== 'new' && upload.detail !== '' ? ` · ${upload.detail}` : ''}
              </span>
            </li>
          ))}
          {more(plan.uploads.length)}
        </PathList>
        <PathList title="To delete on the server" count={plan.deletes.length} open>
          {plan.deletes.slice(0, shownPerList).map((item) => (
            <li key={item.path} className="publish-item publish-item--delete">
              <span className="publish-item__path">{item.folder ? `${item.path}/` : item.path}</span>
              <span className="publish-item__why">Not in your folder any more</span>
            </li>
          ))}
          {more(plan.deletes.length)}
        </PathList>
        <PathList title="Only on the server (kept)" count={counts.kept}>
          {plan.remoteOnly.slice(0, shownPerList).map((item) => (
            <li key={item.path} className="publish-item">
              <span className="publish-item__path">{item.folder ? `${item.path}/` : item.path}</span>
            </li>
          ))}
          {more(counts.kept)}
        </PathList>
        <PathList title="Unchanged (skipped)" count={plan.unchanged.length}>
          {plan.unchanged.slice(0, shownPerList).map((path) => (
            <li key={path} className="publish-item">
              <span className="publish-item__path">{path}</span>
            </li>
          ))}
          {more(plan.unchanged.length)}
        </PathList>
        <PathList title="Ignored (never published)" count={plan.ignored.length}>
          {plan.ignored.slice(0, shownPerList).map((path) => (
            <li key={path} className="publish-item">
              <span className="publish-item__path">{path}</span>
              <span className="publish-item__why">Left out by the ignore rules (.git, node_modules, .DS_Store, Thumbs.db, .ferryignore)</span>
            </li>
          ))}
          {more(plan.ignored.length)}
        </PathList>
      </div>
    </div>
  );
}

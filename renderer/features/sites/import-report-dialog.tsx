import type { ImportReportView } from '../../../shared/site-ipc.js';
import { Dialog } from '../../components/dialog.js';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A reason phrase ("it has no host") as a sentence ("It has no host."). */
export function asSentence(reason: string): string {
  const text = reason.trim();
  if (text === '') return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The one-line summary of an import, e.g. "Imported 7 sites into 3 new folders; skipped 2." */
export function importSummary(report: ImportReportView): string {
  const sites = plural(report.imported.length, 'site', 'sites');
  const folders = report.foldersCreated === 0 ? '' : ` into ${plural(report.foldersCreated, 'new folder', 'new folders')}`;
  const skipped = report.skipped.length === 0 ? '' : `; skipped ${report.skipped.length}`;
  return `Imported ${sites}${folders}${skipped}.`;
}

/** What a FileZilla import did: what came in (with warnings), what was skipped and why, and keychain trouble. */
export function ImportReportDialog({ report, onClose }: { report: ImportReportView; onClose: () => void }) {
  const warned = report.imported.filter((site) => site.warnings.length > 0);
  return (
    <Dialog
      open
      title="FileZilla import"
      description={importSummary(report)}
      onClose={onClose}
      footer={
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Done
        </button>
      }
    >
      <div className="sm-report">
        {report.keychainProblem !== undefined && (
          <p className="sm-warn">Passwords were not kept: {report.keychainProblem}</p>
        )}
        <h3 className="sm-section__title">Imported ({report.imported.length})</h3>
        <ul className="sm-report__list" aria-label="Imported sites">
          {report.imported.map((site) => (
            <li key={site.siteId}>
              <span className="sm-report__path">{site.path}</span>
              {site.passwordSaved && <span className="sm-report__tag">password in keychain</span>}
            </li>
          ))}
        </ul>
        {warned.length > 0 && (
          <>
            <h3 className="sm-section__title">Worth a look ({warned.length})</h3>
            <ul className="sm-report__list" aria-label="Import warnings">
              {warned.map((site) => (
                <li key={site.siteId}>
                  <span className="sm-report__path">{site.path}</span>
                  <span className="sm-report__reason">{site.warnings.join(' ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {report.skipped.length > 0 && (
          <>
            <h3 className="sm-section__title">Skipped ({report.skipped.length})</h3>
            <ul className="sm-report__list" aria-label="Skipped entries">
              {report.skipped.map((entry, index) => (
                <li key={`${entry.path}-${index}`}>
                  <span className="sm-report__path">{entry.path}</span>
                  <span className="sm-report__reason">{asSentence(entry.reason)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Dialog>
  );
}

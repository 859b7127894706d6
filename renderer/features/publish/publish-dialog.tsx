import { useEffect, useId, useRef, useState } from 'react';
import { Dialog } from '../../components/dialog.js';
import { ErrorNotice } from '../errors/error-notice.js';
import { PlanView } from './plan-view.js';
import { ProgressView } from './progress-view.js';
import type { PublishTarget } from './publish-target.js';
import { planIsEmpty } from './publish-text.js';
import { SummaryView } from './summary-view.js';
import { usePublish, type PublishChoice } from './use-publish.js';
import './publish.css';

const stepLabels = { preview: 'What publishing will change', publishing: 'Publishing progress', done: 'Publishing summary' } as const;

const absoluteLocal = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/** What is wrong with the chosen folders, in words; null when they can be compared. */
function checkChoice(choice: PublishChoice): { field: 'local' | 'remote'; message: string } | null {
  if (choice.localFolder.trim() === '') return { field: 'local', message: 'Choose the folder on this computer that holds your website.' };
  if (!absoluteLocal.test(choice.localFolder.trim())) return { field: 'local', message: 'Give the full path of the folder, starting with / (or a drive letter).' };
  if (!choice.remoteFolder.trim().startsWith('/')) return { field: 'remote', message: 'The folder on the server starts with /, for example /public_html.' };
  if (/[\r\n\0]/.test(choice.remoteFolder)) return { field: 'remote', message: 'The folder on the server cannot contain line breaks.' };
  return null;
}

/**
 * "Publish website": choose the folders → Preview (compare; nothing is sent) → Publish now → progress →
 * summary with "Open website". Closing is refused only while files are being sent (Stop is there for that).
 */
export function PublishDialog({ target, onClose }: { target: PublishTarget | null; onClose: () => void }) {
  const flow = usePublish();
  const { step } = flow;
  const id = useId();
  const [choice, setChoice] = useState<PublishChoice>({ localFolder: '', remoteFolder: '/', deleteRemoteOnly: false, checksum: false });
  const [problem, setProblem] = useState<ReturnType<typeof checkChoice>>(null);
  // Each step's content takes focus when it appears (the button that led there is gone), so keyboard and
  // screen-reader users land on what changed; never on "Publish now", so a second Enter cannot publish unread.
  const stepContent = useRef<HTMLDivElement>(null);
  const targetKey = target === null ? null : `${target.siteId}\n${target.localFolder}\n${target.remoteFolder}`;

  // A new target (another site, or reopened) starts from its own folders; keyed by content, not identity,
  // so the parent's re-renders do not wipe what the user typed.
  useEffect(() => {
    if (target === null) return;
    setChoice({ localFolder: target.localFolder, remoteFolder: target.remoteFolder, deleteRemoteOnly: false, checksum: false });
    setProblem(null);
    flow.reset();
  }, [targetKey]);

  useEffect(() => {
    if (step.phase === 'preview' || step.phase === 'publishing' || step.phase === 'done') stepContent.current?.focus();
  }, [step.phase]);

  if (target === null) return <Dialog title="Publish website" open={false} onClose={onClose} footer={null} />;

  function close() {
    if (step.phase === 'publishing') return;
    flow.reset();
    onClose();
  }

  function preview(next: PublishChoice = choice) {
    const found = checkChoice(next);
    setProblem(found);
    if (found !== null || target === null) return;
    void flow.preview(target.siteId, { ...next, localFolder: next.localFolder.trim(), remoteFolder: next.remoteFolder.trim() });
  }

  const set = (patch: Partial<PublishChoice>) => setChoice((before) => ({ ...before, ...patch }));
  const describe =
    step.phase === 'done' ? (
      <>Finished publishing to {target.label}.</>
    ) : (
      <>
        Send your website folder to <strong>{target.label}</strong>. Ferry compares first and shows you what will change; nothing is sent until
        you press <em>Publish now</em>.
      </>
    );

  return (
    <Dialog
      title="Publish website"
      description={describe}
      open
      width={640}
      onClose={close}
      {...(step.phase === 'choose' ? { onSubmit: () => preview() } : {})}
      footer={<Footer flow={flow} close={close} />}
    >
      {(step.phase === 'choose' || step.phase === 'comparing') && (
        <fieldset className="publish-form" disabled={step.phase === 'comparing'}>
          <label className="publish-field">
            <span className="field-label">Folder on this computer</span>
            <input
              className="text-input"
              value={choice.localFolder}
              placeholder="/home/me/my-website"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={problem?.field === 'local'}
              aria-describedby={problem?.field === 'local' ? `${id}-problem` : undefined}
              onChange={(event) => set({ localFolder: event.target.value })}
            />
          </label>
          <label className="publish-field">
            <span className="field-label">Folder on the server</span>
            <input
              className="text-input"
              value={choice.remoteFolder}
              placeholder="/public_html"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={problem?.field === 'remote'}
              aria-describedby={problem?.field === 'remote' ? `${id}-problem` : undefined}
              onChange={(event) => set({ remoteFolder: event.target.value })}
            />
          </label>
          <p id={`${id}-problem`} className="field-problem" role="status">
            {problem?.message ?? ''}
          </p>
          <label className="publish-option">
            <input
              type="checkbox"
              checked={choice.deleteRemoteOnly}
              aria-labelledby={`${id}-delete`}
              aria-describedby={`${id}-delete-hint`}
              onChange={(event) => set({ deleteRemoteOnly: event.target.checked })}
            />
            <span>
              <span id={`${id}-delete`} className="publish-option__title">
                Also delete files on the server that I deleted here
              </span>
              <span id={`${id}-delete-hint`} className="publish-option__hint">
                Keeps the server an exact copy of your folder. Leave it off if other things live in that folder on the server (a blog, uploads,
                statistics): they would be deleted too. You will see the list before anything happens.
              </span>
            </span>
          </label>
          <label className="publish-option">
            <input
              type="checkbox"
              checked={choice.checksum}
              aria-labelledby={`${id}-checksum`}
              aria-describedby={`${id}-checksum-hint`}
              onChange={(event) => set({ checksum: event.target.checked })}
            />
            <span>
              <span id={`${id}-checksum`} className="publish-option__title">
                Compare contents (slower)
              </span>
              <span id={`${id}-checksum-hint`} className="publish-option__hint">
                Asks the server to fingerprint files that look the same, to catch edits that kept the size. Only some servers can.
              </span>
            </span>
          </label>
          {step.phase === 'comparing' && (
            <p className="publish-busy" role="status">
              <span className="publish-busy__dot" aria-hidden="true" /> Comparing your folder with the server…
            </p>
          )}
          {step.phase === 'choose' && step.error !== undefined && <ErrorNotice error={step.error} />}
        </fieldset>
      )}
      {(step.phase === 'preview' || step.phase === 'publishing' || step.phase === 'done') && (
        <div ref={stepContent} tabIndex={-1} role="region" className="publish-step" aria-label={stepLabels[step.phase]}>
          {step.phase === 'preview' && (
            <PlanView
              plan={step.plan}
              onUseWebRoot={(folder) => {
                const next = { ...choice, remoteFolder: folder };
                setChoice(next);
                preview(next);
              }}
            />
          )}
          {step.phase === 'publishing' && <ProgressView plan={step.plan} progress={step.progress} stopping={step.stopping} />}
          {step.phase === 'done' && <SummaryView summary={step.summary} />}
        </div>
      )}
    </Dialog>
  );
}

function Footer({ flow, close }: { flow: ReturnType<typeof usePublish>; close: () => void }) {
  const { step } = flow;
  switch (step.phase) {
    case 'choose':
      return (
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Preview
          </button>
        </>
      );
    case 'comparing':
      return (
        <>
          <button type="button" className="button" onClick={flow.back}>
            Stop comparing
          </button>
          <button type="button" className="button button--primary" disabled>
            Comparing…
          </button>
        </>
      );
    case 'preview': {
      const empty = planIsEmpty(step.plan);
      return (
        <>
          <button type="button" className="button spacer" onClick={flow.back}>
            Back
          </button>
          <button type="button" className="button" onClick={close}>
            {empty ? 'Close' : 'Cancel'}
          </button>
          {!empty && (
            <button type="button" className="button button--primary" onClick={() => void flow.publish()}>
              Publish now
            </button>
          )}
        </>
      );
    }
    case 'publishing':
      return (
        <button type="button" className="button" onClick={flow.stop} disabled={step.stopping}>
          {step.stopping ? 'Cancelling…' : 'Cancel'}
        </button>
      );
    case 'done': {
      const url = step.summary.websiteUrl;
      return (
        <>
          <button type="button" className="button spacer" onClick={flow.back}>
            Publish again
          </button>
          {url !== undefined && (
            // A new tab in the web shell; in Electron, setWindowOpenHandler hands it to the system browser.
            <a className="button publish-open" href={url} target="_blank" rel="noopener noreferrer">
              Open website
            </a>
          )}
          <button type="button" className="button button--primary" onClick={close}>
            Done
          </button>
        </>
      );
    }
  }
}

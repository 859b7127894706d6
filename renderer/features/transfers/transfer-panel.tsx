import { useMemo, useState } from 'react';
import { EmptyState } from '../../components/empty-state.js';
import { TransferIcon } from '../../components/icons.js';
import { Tabs, type TabSpec } from '../../components/tabs.js';
import { formatSize } from '../browser/format.js';
import { ExistsDialog } from './exists-dialog.js';
import { formatEta, formatSpeed } from './transfer-format.js';
import { ClearIcon, PauseIcon, PlayIcon } from './transfer-icons.js';
import { TransferList } from './transfer-list.js';
import { TransferSettingsMenu } from './transfer-settings-menu.js';
import type { RowCommands } from './transfer-row.js';
import { jobsByTab, listedJobs, totalsOf, type TransferTab } from './transfer-state.js';
import { useTransfers } from './use-transfers.js';
import './transfers.css';

const emptyTexts: Readonly<Record<TransferTab, { title: string; body: string }>> = {
  queued: { title: 'Nothing queued', body: 'Files you upload or download wait here until their turn.' },
  active: { title: 'Nothing transferring', body: 'Running transfers show their progress, speed and time left here.' },
  failed: { title: 'No failed transfers', body: 'If a transfer fails, it shows up here with the reason and a retry button.' },
  done: { title: 'No finished transfers yet', body: 'Completed uploads and downloads are listed here.' },
};

const tabLabels: Readonly<Record<TransferTab, string>> = { queued: 'Queued', active: 'Active', failed: 'Failed', done: 'Done' };

/**
 * The transfer queue: Queued / Active / Failed / Done with counts, total progress and speed in the header,
 * pause all / resume all / clear finished, and the file-exists dialog for jobs that wait for an answer.
 */
export function TransferPanel() {
  const { snapshot, policy, commands, error } = useTransfers();
  const [tab, setTab] = useState<TransferTab>('queued');
  const [deferred, setDeferred] = useState<ReadonlySet<string>>(new Set());
  const listed = useMemo(() => listedJobs(snapshot.jobs), [snapshot.jobs]);
  const byTab = useMemo(() => jobsByTab(listed), [listed]);
  const totals = totalsOf(listed, snapshot.progress);
  const running = byTab.active.length > 0;
  const speed = running ? (snapshot.total?.speed ?? 0) : 0;
  const eta = running ? formatEta(snapshot.total?.eta) : '';
  const unfinished = byTab.queued.length + byTab.active.length;
  const fraction = totals.size > 0 ? totals.done / totals.size : 0;
  const question = snapshot.questions.find((candidate) => !deferred.has(candidate.jobId)) ?? null;
  const rowCommands = useMemo<RowCommands>(
    () => ({
      ...commands,
      ask: (jobId) =>
        setDeferred((current) => {
          const next = new Set(current);
          next.delete(jobId);
          return next;
        }),
    }),
    [commands],
  );

  const tabs: TabSpec<TransferTab>[] = (['queued', 'active', 'failed', 'done'] as const).map((id) => ({
    id,
    label: tabLabels[id],
    count: byTab[id].length,
    panel:
      byTab[id].length === 0 ? (
        <EmptyState icon={<TransferIcon />} title={emptyTexts[id].title} compact>
          <p>{emptyTexts[id].body}</p>
        </EmptyState>
      ) : (
        <TransferList label={`${tabLabels[id]} transfers`} jobs={byTab[id]} progress={snapshot.progress} commands={rowCommands} />
      ),
  }));

  return (
    <section className="dock-panel transfers" aria-labelledby="transfers-title">
      <header className="dock-panel__header transfers__header">
        <h2 id="transfers-title" className="section-title">
          Transfers
        </h2>
        {listed.length > 0 && (
          <div className="transfers__total" role="status" aria-label="Total progress">
            <span className="transfers__total-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(fraction * 100)}%` }} />
            </span>
            <span className="transfers__total-text" title={`${formatSize(totals.done)} of ${formatSize(totals.size)}`}>
              {unfinished === 0 ? `All done · ${formatSize(totals.size)}` : `${Math.round(fraction * 100)}%`}
              {speed > 0 && ` · ${formatSpeed(speed)}`}
              {eta !== '' && ` · ${eta} left`}
            </span>
          </div>
        )}
        <span className="transfers__tools">
          <TransferSettingsMenu policy={policy} onChange={commands.setPolicy} />
          <button type="button" className="icon-button" aria-label="Pause all" title="Pause all" disabled={unfinished === 0} onClick={() => commands.pause()}>
            <PauseIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Resume all"
            title="Resume all"
            disabled={!byTab.queued.some((job) => job.state === 'paused')}
            onClick={() => commands.resume()}
          >
            <PlayIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Clear finished"
            title="Clear finished (done, failed and cancelled)"
            disabled={byTab.done.length + byTab.failed.length === 0}
            onClick={() => commands.clearFinished()}
          >
            <ClearIcon />
          </button>
        </span>
      </header>
      {error !== null && (
        <p className="transfers__error" role="alert">
          {error}
        </p>
      )}
      <Tabs<TransferTab> label="Transfers" selected={tab} onSelect={setTab} tabs={tabs} />
      <ExistsDialog
        key={question?.jobId ?? 'none'}
        question={question}
        more={snapshot.questions.length - 1}
        onClose={() => {
          if (question !== null) setDeferred((current) => new Set(current).add(question.jobId));
        }}
        onAnswer={(decision, applyToAll) => {
          if (question !== null) void commands.answer(question.jobId, decision, applyToAll);
        }}
      />
    </section>
  );
}

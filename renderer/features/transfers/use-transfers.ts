import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExistsDecision, JobState, TransferJobsEvent, TransferPolicy } from '../../../shared/transfer.js';
import { useBridge } from '../../state/bridge-context.js';
import { paneTargets } from './pane-targets.js';
import { addQuestion, applyJobs, applyProgress, emptySnapshot, landedFolders, snapshotOfList, type TransferSnapshot } from './transfer-state.js';

/** The queue commands the panel sends; ids absent = every job. */
export interface TransferCommands {
  pause(ids?: string[]): void;
  resume(ids?: string[]): void;
  cancel(ids?: string[]): void;
  retry(ids?: string[]): void;
  clearFinished(): void;
  answer(jobId: string, decision: ExistsDecision, applyToAll: boolean): Promise<void>;
  setPolicy(patch: Partial<TransferPolicy>): void;
}

/** Tells the panes which folders got new files from this batch (jobs that just became done); updates `known`. */
function announceLanded(known: Map<string, JobState>, event: TransferJobsEvent): void {
  const landed = new Set<string>();
  for (const id of event.removed) known.delete(id);
  for (const job of event.changed) {
    const before = known.get(job.id);
    known.set(job.id, job.state);
    if (job.state !== 'done' || before === 'done' || job.skipped === true) continue;
    for (const folder of landedFolders(job)) landed.add(`${job.kind === 'upload' ? 'remote' : 'local'}\n${folder}`);
  }
  for (const key of landed) {
    const [side, folder] = key.split('\n') as ['local' | 'remote', string];
    paneTargets.landed(side, folder);
  }
}

/**
 * The transfer queue as the renderer sees it: loaded with `transfers:list`, kept current by the `jobs`,
 * `progress` and `question` events, with the commands the panel and the file-exists dialog send.
 */
export function useTransfers(): { snapshot: TransferSnapshot; policy: TransferPolicy | null; commands: TransferCommands; error: string | null } {
  const bridge = useBridge();
  const [snapshot, setSnapshot] = useState<TransferSnapshot>(emptySnapshot);
  const [error, setError] = useState<string | null>(null);
  const [policy, setPolicyState] = useState<TransferPolicy | null>(null);
  const known = useRef(new Map<string, JobState>());

  useEffect(() => {
    let live = true;
    // Listeners first: events that follow the list's answer on the same socket are applied on top of it.
    const stops = [
      bridge.on('transfers:jobs', (event) => {
        announceLanded(known.current, event);
        setSnapshot((current) => applyJobs(current, event));
      }),
      bridge.on('transfers:progress', (event) => setSnapshot((current) => applyProgress(current, event))),
      bridge.on('transfers:question', (question) => setSnapshot((current) => addQuestion(current, question))),
    ];
    bridge
      .invoke('transfers:list', {})
      .then((result) => {
        if (!live) return;
        if (!result.ok) return setError(result.error.message);
        for (const job of result.value.jobs) known.current.set(job.id, job.state);
        setPolicyState(result.value.policy);
        setSnapshot((current) => ({ ...current, ...snapshotOfList(result.value.jobs) }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
      for (const stop of stops) stop();
    };
  }, [bridge]);

  // Stable across renders, so memoised rows do not re-render for a new callback identity.
  const commands = useMemo<TransferCommands>(() => {
    function report(call: Promise<{ ok: boolean; error?: { message: string } }>): void {
      void call.then((result) => setError(result.ok ? null : (result.error?.message ?? 'The transfer queue did not answer.'))).catch(() => undefined);
    }
    const ids = (list?: string[]) => (list === undefined ? {} : { ids: list });
    return {
      pause: (list) => report(bridge.invoke('transfers:pause', ids(list))),
      resume: (list) => report(bridge.invoke('transfers:resume', ids(list))),
      cancel: (list) => report(bridge.invoke('transfers:cancel', ids(list))),
      retry: (list) => report(bridge.invoke('transfers:retry', ids(list))),
      clearFinished: () => report(bridge.invoke('transfers:clear-finished', {})),
      answer: async (jobId, decision, applyToAll) => {
        const result = await bridge.invoke('transfers:answer', { jobId, decision, applyToAll });
        // Answered (or no longer waiting): either way the question is settled; "apply to all" settles every one.
        setSnapshot((current) => ({ ...current, questions: applyToAll ? [] : current.questions.filter((question) => question.jobId !== jobId) }));
        if (!result.ok && result.error.code !== 'NOT_FOUND') setError(result.error.message);
      },
      setPolicy: (patch) =>
        void bridge
          .invoke('transfers:set-policy', { policy: patch })
          .then((result) => (result.ok ? setPolicyState(result.value) : setError(result.error.message)))
          .catch(() => undefined),
    };
  }, [bridge]);
  return { snapshot, policy, commands, error };
}

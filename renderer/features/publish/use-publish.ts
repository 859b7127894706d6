import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors.js';
import type { PublishPlan, PublishProgress, PublishSummary } from '../../../shared/publish.js';
import { useBridge } from '../../state/bridge-context.js';
import { paneTargets } from '../transfers/pane-targets.js';

/** What the user chose in the dialog's first step. */
export interface PublishChoice {
  readonly localFolder: string;
  readonly remoteFolder: string;
  readonly deleteRemoteOnly: boolean;
  readonly checksum: boolean;
}

/** Where the dialog is: choosing, comparing, looking at the plan, sending, done. */
export type PublishStep =
  | { readonly phase: 'choose'; readonly error?: AppError }
  | { readonly phase: 'comparing' }
  | { readonly phase: 'preview'; readonly planId: string; readonly plan: PublishPlan; readonly error?: AppError }
  | { readonly phase: 'publishing'; readonly planId: string; readonly plan: PublishPlan; readonly progress?: PublishProgress; readonly stopping: boolean }
  | { readonly phase: 'done'; readonly plan: PublishPlan; readonly summary: PublishSummary };

/** The dialog's steps and what moves between them. */
export interface PublishFlow {
  readonly step: PublishStep;
  /** Compares (nothing is sent) and shows the plan. */
  preview(siteId: string, choice: PublishChoice): Promise<void>;
  /** Sends the plan on screen: the only call that changes anything on the server. */
  publish(): Promise<void>;
  /** Stops a running publish. */
  stop(): void;
  /** Back to the choices; a plan not yet applied is forgotten in main (its connection closed). */
  back(): void;
  /** Forgets everything (on close). */
  reset(): void;
}

/** The remote root and its parent: the folders a remote pane may show that a publish changed. */
export function changedFolders(remoteRoot: string): string[] {
  const trimmed = remoteRoot.length > 1 ? remoteRoot.replace(/\/+$/, '') : remoteRoot;
  const cut = trimmed.lastIndexOf('/');
  const parent = cut <= 0 ? '/' : trimmed.slice(0, cut);
  return trimmed === '/' ? ['/'] : [trimmed, parent];
}

const bridgeFailure = (cause: unknown): AppError => ({ code: 'INTERNAL', message: 'The app did not answer.', detail: String(cause) });

/** Drives `publish:plan` → (user confirms) → `publish:apply` with `publish:progress`, and `publish:cancel`. */
export function usePublish(): PublishFlow {
  const bridge = useBridge();
  const [step, setStep] = useState<PublishStep>({ phase: 'choose' });
  const current = useRef(step);
  current.current = step;
  // Answers to a request the user has since walked away from (Back, Close) are dropped.
  const generation = useRef(0);

  useEffect(
    () =>
      bridge.on('publish:progress', (event) => {
        const now = current.current;
        if (now.phase !== 'publishing' || now.planId !== event.planId) return;
        const { planId: _planId, ...progress } = event;
        setStep({ ...now, progress });
      }),
    [bridge],
  );

  const forget = useCallback(() => {
    const now = current.current;
    if (now.phase === 'preview') void bridge.invoke('publish:cancel', { planId: now.planId }).catch(() => undefined);
  }, [bridge]);

  const preview = useCallback(
    async (siteId: string, choice: PublishChoice) => {
      forget();
      const mine = ++generation.current;
      setStep({ phase: 'comparing' });
      const result = await bridge.invoke('publish:plan', { siteId, ...choice }).catch((cause: unknown) => ({ ok: false as const, error: bridgeFailure(cause) }));
      if (mine !== generation.current) {
        if (result.ok) void bridge.invoke('publish:cancel', { planId: result.value.planId }).catch(() => undefined);
        return;
      }
      setStep(result.ok ? { phase: 'preview', planId: result.value.planId, plan: result.value.plan } : { phase: 'choose', error: result.error });
    },
    [bridge, forget],
  );

  const publish = useCallback(async () => {
    const now = current.current;
    if (now.phase !== 'preview') return;
    const mine = ++generation.current;
    setStep({ phase: 'publishing', planId: now.planId, plan: now.plan, stopping: false });
    const result = await bridge.invoke('publish:apply', { planId: now.planId }).catch((cause: unknown) => ({ ok: false as const, error: bridgeFailure(cause) }));
    if (mine !== generation.current) return;
    if (result.ok) {
      setStep({ phase: 'done', plan: now.plan, summary: result.value.summary });
      // The remote pane refreshes when it shows a folder the publish changed.
      for (const folder of changedFolders(now.plan.remoteRoot)) paneTargets.landed('remote', folder);
    }
    // The plan is gone in main either way: comparing again is the way forward.
    else setStep({ phase: 'choose', error: result.error });
  }, [bridge]);

  const stop = useCallback(() => {
    const now = current.current;
    if (now.phase !== 'publishing' || now.stopping) return;
    setStep({ ...now, stopping: true });
    void bridge.invoke('publish:cancel', { planId: now.planId }).catch(() => undefined);
  }, [bridge]);

  const back = useCallback(() => {
    forget();
    generation.current += 1;
    setStep({ phase: 'choose' });
  }, [forget]);

  return { step, preview, publish, stop, back, reset: back };
}

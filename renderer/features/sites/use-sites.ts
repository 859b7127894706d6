import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/errors.js';
import type { InvokeChannel } from '../../../shared/ipc-channels.js';
import type { RequestOf, ResponseOf } from '../../../shared/ipc-contract.js';
import type { Result } from '../../../shared/result.js';
import type { SitesList } from '../../../shared/site-ipc.js';
import { useBridge } from '../../state/bridge-context.js';

/** The site list as the sidebar sees it, and a way to call the site channels. */
export interface SitesState {
  readonly list: SitesList | null;
  /** Why the list could not be loaded, if it could not. */
  readonly loadError: AppError | null;
  /** The recovery notice of a damaged site file (told once by main), until dismissed. */
  readonly notice: string | null;
  dismissNotice(): void;
  reload(): Promise<void>;
  /** Calls a channel; a broken transport becomes an INTERNAL Result instead of a rejection. */
  call<C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

/** Loads `sites:list` on mount and on reload(); the sidebar reloads after every change it makes. */
export function useSites(): SitesState {
  const bridge = useBridge();
  const [list, setList] = useState<SitesList | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const call = useCallback(
    async <C extends InvokeChannel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>> =>
      bridge.invoke(channel, payload).catch(
        (cause: unknown): Result<ResponseOf<C>> => ({
          ok: false,
          error: { code: 'INTERNAL', message: 'The bridge did not answer', detail: String(cause) },
        }),
      ),
    [bridge],
  );

  const reload = useCallback(async () => {
    const result = await call('sites:list', {});
    if (!result.ok) {
      setLoadError(result.error);
      return;
    }
    setLoadError(null);
    setList(result.value);
    const told = result.value.recoveryNotice;
    if (told !== null) setNotice(told.message);
  }, [call]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { list, loadError, notice, dismissNotice: () => setNotice(null), reload, call };
}

import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc-contract.js';
import { useBridge } from './bridge-context.js';

/** Name, version, platform and shell from `app:info`; null until it answers (or if it fails: it is cosmetic). */
export function useAppInfo(): AppInfo | null {
  const bridge = useBridge();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    bridge
      .invoke('app:info', {})
      .then((result) => {
        if (live && result.ok) {
          setInfo(result.value);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [bridge]);
  return info;
}

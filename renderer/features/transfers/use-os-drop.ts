import { useCallback, useRef, useState } from 'react';
import type { PageFile } from '../../../shared/ipc-contract.js';
import { useBridge } from '../../state/bridge-context.js';
import type { TransferActions } from './enqueue.js';
import { dropReportText, planOsDrop, runOsDrop } from './os-drop.js';

/** The remote pane's handling of files dropped from the operating system, and the notice it leaves. */
export interface OsDrop {
  /** Hand to usePaneDrag as `onFiles`. */
  readonly onFiles: (files: readonly PageFile[]) => void;
  /** What went wrong with the last drop (or why it cannot work here); null when all was queued. */
  readonly notice: string | null;
  readonly dismiss: () => void;
}

/**
 * Uploads files dropped from the OS into the remote folder shown. The paths are read during the drop (the
 * files are unreadable after it); listing their folders and enqueueing follow. A later drop replaces the
 * notice, and a slow earlier drop never overwrites a later one's.
 */
export function useOsDrop(transfers: Pick<TransferActions, 'uploadFrom'>): OsDrop {
  const bridge = useBridge();
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(0);
  const onFiles = useCallback(
    (files: readonly PageFile[]) => {
      const plan = planOsDrop(files, bridge.pathForFile?.bind(bridge));
      const drop = ++latest.current;
      void runOsDrop(plan, {
        listFolder: (folder) => bridge.invoke('local:list', { path: folder }),
        upload: (folder, items) => transfers.uploadFrom(folder, items),
      }).then((report) => {
        if (drop === latest.current) setNotice(dropReportText(report));
      });
    },
    [bridge, transfers],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return { onFiles, notice, dismiss };
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { JobProgress, TransferJob } from '../../../shared/transfer.js';
import { TransferRow, transferRowHeight, type RowCommands } from './transfer-row.js';

/** The rows of one tab, virtualized so thousands of queued files cost only the visible rows. */
export function TransferList({
  label,
  jobs,
  progress,
  commands,
}: {
  label: string;
  jobs: readonly TransferJob[];
  progress: ReadonlyMap<string, JobProgress>;
  commands: RowCommands;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => transferRowHeight,
    overscan: 8,
    getItemKey: (index) => jobs[index]?.id ?? index,
  });
  return (
    <div ref={scrollRef} className="transfer-list" tabIndex={0} aria-label={label}>
      <div role="list" aria-label={label} className="transfer-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const job = jobs[item.index];
          if (job === undefined) return null;
          return (
            <TransferRow
              key={job.id}
              job={job}
              progress={progress.get(job.id)}
              commands={commands}
              style={{ transform: `translateY(${item.start}px)`, height: transferRowHeight }}
            />
          );
        })}
      </div>
    </div>
  );
}

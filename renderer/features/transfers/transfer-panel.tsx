import { useState } from 'react';
import { EmptyState } from '../../components/empty-state.js';
import { TransferIcon } from '../../components/icons.js';
import { Tabs } from '../../components/tabs.js';
import './transfers.css';

type TransferTab = 'queued' | 'failed' | 'done';

/** The transfer queue's home: Queued / Failed / Done. Empty until transfers land; the tabs already work. */
export function TransferPanel() {
  const [tab, setTab] = useState<TransferTab>('queued');
  return (
    <section className="dock-panel transfers" aria-labelledby="transfers-title">
      <h2 id="transfers-title" className="visually-hidden">
        Transfers
      </h2>
      <Tabs<TransferTab>
        label="Transfers"
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'queued',
            label: 'Queued',
            count: 0,
            panel: (
              <EmptyState icon={<TransferIcon />} title="Nothing queued" compact>
                <p>Files you upload or download wait here until their turn.</p>
              </EmptyState>
            ),
          },
          {
            id: 'failed',
            label: 'Failed',
            count: 0,
            panel: (
              <EmptyState icon={<TransferIcon />} title="No failed transfers" compact>
                <p>If a transfer fails, it shows up here with the reason and a retry button.</p>
              </EmptyState>
            ),
          },
          {
            id: 'done',
            label: 'Done',
            count: 0,
            panel: (
              <EmptyState icon={<TransferIcon />} title="No finished transfers yet" compact>
                <p>Completed uploads and downloads are listed here.</p>
              </EmptyState>
            ),
          },
        ]}
      />
    </section>
  );
}

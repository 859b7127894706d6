import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ExistsPolicy, TransferPolicy } from '../../../shared/transfer.js';
import { existsChoices } from './exists-choices.js';
import { SettingsIcon } from './transfer-icons.js';
import '../browser/context-menu.css';

const policyLabels: ReadonlyArray<{ readonly value: ExistsPolicy; readonly label: string }> = [{ value: 'ask', label: 'Ask each time' }, ...existsChoices];

function Check() {
  return (
    <DropdownMenu.ItemIndicator className="transfer-settings__check">
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M2.5 6.5l2.5 2.5 4.5-6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </DropdownMenu.ItemIndicator>
  );
}

/**
 * The queue's settings, from the panel header: transfer connections per server (1–10), what to do when a
 * target exists, and atomic uploads. Changes go to `transfers:set-policy` and apply to jobs not yet started.
 */
export function TransferSettingsMenu({ policy, onChange }: { policy: TransferPolicy | null; onChange: (patch: Partial<TransferPolicy>) => void }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="icon-button transfer-settings__trigger"
        disabled={policy === null}
        aria-label={policy === null ? 'Transfer settings' : `Transfer settings: ${policy.connections} ${policy.connections === 1 ? 'connection' : 'connections'} per server`}
        title="Transfer settings"
      >
        <SettingsIcon />
      </DropdownMenu.Trigger>
      {policy !== null && (
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu transfer-settings" align="end" sideOffset={6} aria-label="Transfer settings">
            <DropdownMenu.Label className="menu__label">Connections per server</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={String(policy.connections)} onValueChange={(value) => onChange({ connections: Number(value) })}>
              <div className="transfer-settings__counts">
                {Array.from({ length: 10 }, (_, index) => String(index + 1)).map((count) => (
                  <DropdownMenu.RadioItem key={count} value={count} className="menu__item transfer-settings__count" aria-label={`${count} connections`}>
                    {count}
                  </DropdownMenu.RadioItem>
                ))}
              </div>
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="menu__separator" />
            <DropdownMenu.Label className="menu__label">When the file exists</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={policy.onExists} onValueChange={(value) => onChange({ onExists: value as ExistsPolicy })}>
              {policyLabels.map((option) => (
                <DropdownMenu.RadioItem key={option.value} value={option.value} className="menu__item transfer-settings__item">
                  <Check />
                  {option.label}
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            <DropdownMenu.Separator className="menu__separator" />
            <DropdownMenu.CheckboxItem
              className="menu__item transfer-settings__item"
              checked={policy.atomicUploads}
              onCheckedChange={(checked) => onChange({ atomicUploads: checked })}
            >
              <Check />
              Upload under a temporary name, then rename
            </DropdownMenu.CheckboxItem>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      )}
    </DropdownMenu.Root>
  );
}

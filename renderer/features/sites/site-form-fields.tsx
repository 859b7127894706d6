import type { ReactNode } from 'react';
import { WarningIcon } from '../../components/icons.js';
import type { ColourLabel, LogonType, SiteProtocol, TransferMode } from '../../../shared/site.js';
import type { FolderChoice } from './site-tree.js';
import {
  colourLabels,
  encodingLabels,
  logonLabels,
  protocolLabels,
  type SiteForm,
  transferModeLabels,
  withProtocol,
} from './site-form.js';
import type { FormProblems } from './site-form-check.js';

/** Where the saved password stands, for the password field's hint. */
export interface PasswordInfo {
  readonly saved: boolean;
  /** Why the keychain cannot keep passwords, when it cannot. */
  readonly keychainProblem: string | null;
  readonly onForget?: () => void;
}

type Change = (next: SiteForm) => void;

/** A label, a control, and its hint or problem tied to it with aria-describedby. */
function Field({
  id,
  label,
  problem,
  hint,
  wide = false,
  children,
}: {
  id: string;
  label: string;
  problem?: string | undefined;
  hint?: ReactNode;
  wide?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = problem !== undefined ? `${id}-problem` : hint !== undefined ? `${id}-hint` : undefined;
  return (
    <div className={wide ? 'sm-field sm-field--wide' : 'sm-field'}>
      <label htmlFor={id} className="sm-field__label">
        {label}
      </label>
      {children(describedBy)}
      {problem !== undefined ? (
        <p id={`${id}-problem`} className="sm-field__problem">
          {problem}
        </p>
      ) : (
        hint !== undefined && (
          <div id={`${id}-hint`} className="sm-field__hint">
            {hint}
          </div>
        )
      )}
    </div>
  );
}

function options<K extends string>(labels: Readonly<Record<K, string>>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** The site dialog's fields, grouped: General, Advanced, Publishing, Notes and label. */
export function SiteFormFields({
  form,
  problems,
  onChange,
  folders,
  password,
}: {
  form: SiteForm;
  problems: FormProblems;
  onChange: Change;
  folders: readonly FolderChoice[];
  password: PasswordInfo;
}) {
  const set = <K extends keyof SiteForm>(key: K, value: SiteForm[K]) => onChange({ ...form, [key]: value });
  const text = (key: keyof SiteForm & string, label: string, extra: { wide?: boolean; hint?: ReactNode; placeholder?: string; inputMode?: 'numeric' } = {}) => (
    <Field id={`site-${key}`} label={label} problem={problems[key]} hint={extra.hint} wide={extra.wide ?? false}>
      {(describedBy) => (
        <input
          id={`site-${key}`}
          className="text-input sm-input"
          value={String(form[key] ?? '')}
          placeholder={extra.placeholder}
          inputMode={extra.inputMode}
          autoComplete="off"
          spellCheck={false}
          // The dialog opens on the name, not on its close button.
          autoFocus={key === 'name'}
          aria-invalid={problems[key] !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => set(key, event.target.value as never)}
        />
      )}
    </Field>
  );
  const encodings = form.encoding in encodingLabels ? encodingLabels : { ...encodingLabels, [form.encoding]: form.encoding };

  return (
    <div className="sm-form">
      <section className="sm-section" aria-labelledby="site-general">
        <h3 id="site-general" className="sm-section__title">General</h3>
        <div className="sm-grid">
          {text('name', 'Name', { wide: true, placeholder: 'My website' })}
          <Field id="site-protocol" label="Protocol" wide hint={form.protocol === 'ftp' ? <span className="sm-warn">Passwords and files travel unencrypted. Use TLS if the server offers it.</span> : form.protocol === 'ftpes-if-available' ? 'Falls back to unencrypted FTP if the server has no TLS; Ferry will tell you when it does.' : undefined}>
            {(describedBy) => (
              <select id="site-protocol" className="text-input sm-input" value={form.protocol} aria-describedby={describedBy} onChange={(event) => onChange(withProtocol(form, event.target.value as SiteProtocol))}>
                {options(protocolLabels)}
              </select>
            )}
          </Field>
          <div className="sm-row sm-field--wide">
            {text('host', 'Host', { placeholder: 'ftp.example.com' })}
            <Field id="site-port" label="Port" problem={problems.port}>
              {(describedBy) => (
                <input
                  id="site-port"
                  className="text-input sm-input sm-input--port"
                  value={form.port}
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={problems.port !== undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => onChange({ ...form, port: event.target.value, portTouched: true })}
                />
              )}
            </Field>
          </div>
          <Field id="site-logonType" label="Logon type">
            {() => (
              <select id="site-logonType" className="text-input sm-input" value={form.logonType} onChange={(event) => set('logonType', event.target.value as LogonType)}>
                {options(logonLabels)}
              </select>
            )}
          </Field>
          {text('user', 'User', { placeholder: form.logonType === 'anonymous' ? 'anonymous' : '' })}
          {form.logonType === 'normal' && <PasswordField form={form} problem={problems.password} info={password} onChange={onChange} />}
          {form.logonType === 'ask' && <p className="sm-field--wide sm-note">Ferry will ask for the password each time you connect and never keeps it.</p>}
          <Field id="site-folder" label="Folder" wide>
            {() => (
              <select id="site-folder" className="text-input sm-input" value={form.folderId ?? ''} onChange={(event) => set('folderId', event.target.value === '' ? null : event.target.value)}>
                {folders.map((choice) => (
                  <option key={choice.id ?? ''} value={choice.id ?? ''}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section className="sm-section" aria-labelledby="site-advanced">
        <h3 id="site-advanced" className="sm-section__title">Advanced</h3>
        <div className="sm-grid">
          {text('localDir', 'Default local folder', { placeholder: 'Your home folder' })}
          {text('remoteDir', 'Default remote folder', { placeholder: 'The server’s starting folder' })}
          <Field id="site-transferMode" label="Transfer mode" hint="Passive works behind most routers and firewalls.">
            {(describedBy) => (
              <select id="site-transferMode" className="text-input sm-input" value={form.transferMode} aria-describedby={describedBy} onChange={(event) => set('transferMode', event.target.value as TransferMode)}>
                {options(transferModeLabels)}
              </select>
            )}
          </Field>
          {text('maxConnections', 'Simultaneous connections', { inputMode: 'numeric', hint: 'From 1 to 10.' })}
          <Field id="site-encoding" label="Encoding of file names" problem={problems.encoding}>
            {() => (
              <select id="site-encoding" className="text-input sm-input" value={form.encoding} onChange={(event) => set('encoding', event.target.value)}>
                {options(encodings)}
              </select>
            )}
          </Field>
        </div>
      </section>

      <section className="sm-section" aria-labelledby="site-publishing">
        <h3 id="site-publishing" className="sm-section__title">Publishing</h3>
        <div className="sm-grid">
          {text('websiteUrl', 'Website address', { placeholder: 'https://www.example.com' })}
          {text('publishFolder', 'Local folder to publish', { placeholder: '/home/me/site' })}
        </div>
      </section>

      <section className="sm-section" aria-labelledby="site-notes-title">
        <h3 id="site-notes-title" className="sm-section__title">Notes and label</h3>
        <div className="sm-grid">
          <Field id="site-notes" label="Notes" wide>
            {() => <textarea id="site-notes" className="text-input sm-input sm-textarea" value={form.notes} rows={3} onChange={(event) => set('notes', event.target.value)} />}
          </Field>
          <fieldset className="sm-colours sm-field--wide">
            <legend className="sm-field__label">Colour label</legend>
            {(Object.entries(colourLabels) as [ColourLabel, string][]).map(([colour, label]) => (
              <label key={colour} className="sm-colour" title={label}>
                <input type="radio" name="site-colour" value={colour} checked={form.colour === colour} onChange={() => set('colour', colour)} aria-label={label} />
                <span className={`site-dot site-dot--${colour} site-dot--big`} aria-hidden="true" />
              </label>
            ))}
          </fieldset>
        </div>
      </section>
    </div>
  );
}

function PasswordField({ form, problem, info, onChange }: { form: SiteForm; problem: string | undefined; info: PasswordInfo; onChange: Change }) {
  const hint = info.keychainProblem !== null ? (
    <span className="sm-caution">
      <WarningIcon className="sm-caution__icon" />
      <span>{info.keychainProblem}</span>
    </span>
  ) : info.saved ? (
    <span className="sm-hint-row">
      A password is kept in the system keychain. Type a new one to replace it.
      {info.onForget !== undefined && (
        <button type="button" className="button button--small" onClick={info.onForget}>
          Forget
        </button>
      )}
    </span>
  ) : (
    'Kept in the system keychain, never in a file.'
  );
  return (
    <Field id="site-password" label="Password" problem={problem} hint={hint} wide>
      {(describedBy) => (
        <input
          id="site-password"
          className="text-input sm-input"
          type="password"
          value={form.password}
          placeholder={info.saved ? '•••••••• (saved)' : ''}
          autoComplete="new-password"
          aria-invalid={problem !== undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ ...form, password: event.target.value })}
        />
      )}
    </Field>
  );
}

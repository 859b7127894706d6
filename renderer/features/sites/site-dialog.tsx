import { useEffect, useRef, useState } from 'react';
import type { Site } from '../../../shared/site.js';
import { siteConnectRequest } from './connect-request.js';
import { Dialog } from '../../components/dialog.js';
import { emptySiteForm, formFromSite, type SiteForm } from './site-form.js';
import { checkSiteForm, type FormProblems } from './site-form-check.js';
import { SiteFormFields } from './site-form-fields.js';
import type { FolderChoice } from './site-tree.js';
import { runConnectionTest, type TestOutcome } from './test-connection.js';
import type { SitesState } from './use-sites.js';
import './test-result.css';

/** How a save went, for the sidebar's note (e.g. the keychain refused the password). */
export interface SavedSite {
  readonly site: Site;
  readonly keychainProblem?: string | undefined;
}

/**
 * Creates or edits a site: every field of the model, checked in plain words before saving; the password goes
 * to main once and is never read back (the dialog only learns whether one is saved).
 */
export function SiteDialog({
  site,
  folderId,
  folders,
  call,
  onSaved,
  onClose,
}: {
  /** The site to edit; absent for a new one. */
  site?: Site;
  /** The folder a new site goes into. */
  folderId: string | null;
  folders: readonly FolderChoice[];
  call: SitesState['call'];
  onSaved: (saved: SavedSite) => void;
  onClose: () => void;
}) {
  const [form, setForm] = useState<SiteForm>(() => (site === undefined ? emptySiteForm(folderId) : formFromSite(site)));
  const [problems, setProblems] = useState<FormProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [passwordSaved, setPasswordSaved] = useState(false);
  const [keychainProblem, setKeychainProblem] = useState<string | null>(null);
  const [test, setTest] = useState<TestOutcome | 'running' | null>(null);

  useEffect(() => {
    let live = true;
    void call('sites:keychain', {}).then((result) => {
      if (live && result.ok) setKeychainProblem(result.value.available ? null : result.value.reason);
    });
    if (site !== undefined) {
      void call('sites:password-state', { siteId: site.id }).then((result) => {
        if (live && result.ok) setPasswordSaved(result.value.saved);
      });
    }
    return () => {
      live = false;
    };
  }, [call, site]);

  function showProblems(found: FormProblems) {
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) document.getElementById(`site-${first}`)?.focus();
  }

  async function save() {
    const checked = checkSiteForm(form);
    if (!checked.ok) {
      showProblems(checked.problems);
      return;
    }
    setProblems({});
    setSaving(true);
    const password = checked.password === undefined ? {} : { password: checked.password };
    const result =
      site === undefined
        ? await call('sites:create', { site: checked.fields, ...password })
        : await call('sites:update', { siteId: site.id, patch: checked.fields, ...password });
    setSaving(false);
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    onSaved({ site: result.value.site, keychainProblem: result.value.keychainProblem });
  }

  async function forget() {
    if (site === undefined) return;
    const result = await call('sites:forget-password', { siteId: site.id });
    if (result.ok && result.value.keychainProblem === undefined) setPasswordSaved(false);
    else setFailure(result.ok ? (result.value.keychainProblem ?? null) : result.error.message);
  }

  async function testConnection() {
    const checked = checkSiteForm(form);
    if (!checked.ok) {
      showProblems(checked.problems);
      return;
    }
    setTest('running');
    const request = siteConnectRequest(checked.fields, {
      ...(site !== undefined && passwordSaved ? { siteId: site.id } : {}),
      password: form.password,
    });
    setTest(await runConnectionTest(call, request, checked.fields.remoteDir));
  }

  return (
    <Dialog
      open
      width={680}
      title={site === undefined ? 'New site' : `Edit “${site.name}”`}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        <>
          <button type="button" className="button" disabled={test === 'running'} onClick={() => void testConnection()}>
            {test === 'running' ? 'Testing…' : 'Test connection'}
          </button>
          <span className="spacer" />
          <button type="button" className="button button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            Save
          </button>
        </>
      }
    >
      <SiteFormFields
        form={form}
        problems={problems}
        onChange={setForm}
        folders={folders}
        password={{
          saved: passwordSaved,
          keychainProblem,
          ...(site !== undefined && passwordSaved ? { onForget: () => void forget() } : {}),
        }}
      />
      <div role="status" className="sm-dialog__status">
        {test !== null && test !== 'running' && <TestResult outcome={test} />}
        {Object.keys(problems).length > 0 && <p className="sm-field__problem">Some fields need a look before saving.</p>}
      </div>
      {failure !== null && (
        <p role="alert" className="sm-failure">
          {failure}
        </p>
      )}
    </Dialog>
  );
}

/**
 * The test's sentence, what the server supports (✓ or –, each in words; no encryption in the danger colour, as
 * everywhere else), and the server's own words.
 */
function TestResult({ outcome }: { outcome: TestOutcome }) {
  // The result lands below a long form while the button sits in the footer: bring it into view.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [outcome]);
  return (
    <div ref={box} className={`sm-outcome sm-outcome--${outcome.tone}`} data-testid="test-connection-result">
      <p>{outcome.text}</p>
      {outcome.capabilities !== undefined && (
        <ul className="sm-caps" aria-label="What the server supports">
          {outcome.capabilities.map((line) => (
            <li key={line.key} className={`sm-caps__item sm-caps__item--${line.supported ? 'yes' : line.key === 'tls' ? 'danger' : 'no'}`}>
              <span className="sm-caps__mark" aria-hidden="true">
                {line.supported ? '✓' : '–'}
              </span>
              {line.text}
            </li>
          ))}
        </ul>
      )}
      {outcome.detail !== undefined && outcome.detail !== '' && <p className="sm-outcome__detail">{outcome.detail}</p>}
    </div>
  );
}

import { EmptyState } from '../../components/empty-state.js';
import { PlusIcon, ServerIcon } from '../../components/icons.js';
import './sites.css';

/** The saved-sites sidebar. Sites arrive with the site manager; until then it explains what will live here. */
export function SiteList() {
  return (
    <aside className="sites" aria-labelledby="sites-title">
      <header className="sites__header">
        <h2 id="sites-title" className="section-title">
          Sites
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="New site"
          title="New site (coming soon)"
          disabled
        >
          <PlusIcon />
        </button>
      </header>
      <div className="sites__body">
        <EmptyState icon={<ServerIcon />} title="No saved sites yet" compact>
          <p>Sites you save keep their host, user and settings, so connecting is one click.</p>
        </EmptyState>
      </div>
    </aside>
  );
}

import type { ReactNode } from 'react';

/** One number of the preview or the summary; `testId` names it for the e2e tests. */
export function Count({ testId, value, label, tone = 'normal' }: { testId: string; value: number; label: string; tone?: 'normal' | 'add' | 'danger' | 'quiet' }) {
  return (
    <li className={`publish-count publish-count--${tone}${value === 0 ? ' publish-count--zero' : ''}`}>
      <span className="publish-count__value" data-testid={testId}>
        {value.toLocaleString()}
      </span>
      <span className="publish-count__label">{label}</span>
    </li>
  );
}

/** A collapsible list of paths; closed by default so a big site does not flood the dialog. */
export function PathList({ title, count, children, open = false }: { title: string; count: number; children: ReactNode; open?: boolean }) {
  if (count === 0) return null;
  return (
    <details className="publish-list" open={open}>
      <summary className="publish-list__summary">
        {title} <span className="publish-list__count">{count.toLocaleString()}</span>
      </summary>
      <ul className="publish-list__items">{children}</ul>
    </details>
  );
}

// Thousands of rows would make the dialog sluggish; the counts stay exact.
export const shownPerList = 500;

/** The "…and N more" line of a list cut at `shownPerList`. */
export function more(total: number) {
  return total > shownPerList ? <li className="publish-list__more">…and {(total - shownPerList).toLocaleString()} more</li> : null;
}

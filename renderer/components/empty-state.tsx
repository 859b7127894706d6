import type { ReactNode } from 'react';
import './empty-state.css';

/** A calm placeholder for a region with nothing in it yet: a title, a line of help, an optional action. */
export function EmptyState({
  icon,
  title,
  children,
  compact = false,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  compact?: boolean;
}) {
  return (
    <div className={compact ? 'empty-state empty-state--compact' : 'empty-state'}>
      {icon !== undefined && <div className="empty-state__icon">{icon}</div>}
      <p className="empty-state__title">{title}</p>
      {children !== undefined && <div className="empty-state__body">{children}</div>}
    </div>
  );
}

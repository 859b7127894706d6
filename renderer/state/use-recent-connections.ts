import { useCallback, useState } from 'react';
import type { RecentConnection } from '../features/toolbar/recent-connections.js';
import { loadRecent, rememberConnection, saveRecent } from '../features/toolbar/recent-connections.js';

/** Quick connect's recent list in localStorage: host, port, user and protocol only. */
export function useRecentConnections(): {
  readonly recent: readonly RecentConnection[];
  remember(entry: RecentConnection): void;
  clear(): void;
} {
  const [recent, setRecent] = useState(() => loadRecent(window.localStorage));
  const remember = useCallback((entry: RecentConnection) => {
    setRecent((current) => {
      const next = rememberConnection(current, entry);
      saveRecent(window.localStorage, next);
      return next;
    });
  }, []);
  const clear = useCallback(() => {
    saveRecent(window.localStorage, []);
    setRecent([]);
  }, []);
  return { recent, remember, clear };
}

import { SiteClient } from '../transfers/site-client.js';
import type { SiteConnection } from '../transfers/task-types.js';
import type { MoreListers } from './remote-tree.js';

/** Extra listing connections for a plan, opened on demand and closed together. */
export interface ListerPool {
  readonly more: MoreListers;
  close(): Promise<void>;
}

/** Up to `count` extra connections to `site` for listing folders in parallel (see readRemoteTree). */
export function listerPool(site: SiteConnection, count: number): ListerPool {
  const opened: SiteClient[] = [];
  return {
    more: {
      count,
      open: async () => {
        const connection = new SiteClient(site);
        opened.push(connection);
        return connection.get();
      },
    },
    close: async () => {
      await Promise.all(opened.map((connection) => connection.close()));
    },
  };
}

import type { FtpClient } from '../ftp/client.js';
import { SiteClient } from '../transfers/site-client.js';
import type { SiteConnection } from '../transfers/task-types.js';
import type { MoreListers } from './remote-tree.js';

/** Extra listing connections for a plan, opened on demand (or at once with `warm`) and closed together. */
export interface ListerPool {
  readonly more: MoreListers;
  /**
   * Starts logging in every extra connection now, so the logins overlap the main one's and the local walk
   * (a vsftpd login takes ~100 ms of PAM here). A failed login only means fewer listers.
   */
  warm(): void;
  close(): Promise<void>;
}

/** Up to `count` extra connections to `site` for listing folders in parallel (see readRemoteTree). */
export function listerPool(site: SiteConnection, count: number): ListerPool {
  const opened: Array<{ readonly connection: SiteClient; readonly login: Promise<FtpClient>; settled: boolean }> = [];
  const warmed: Array<Promise<FtpClient>> = [];
  const connect = (): Promise<FtpClient> => {
    const connection = new SiteClient(site);
    const login = connection.get();
    const entry = { connection, login, settled: false };
    opened.push(entry);
    login.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    return login;
  };
  return {
    more: {
      count,
      open: () => warmed.shift() ?? connect(),
    },
    warm: () => {
      while (opened.length < count) {
        const login = connect();
        // Nobody may take it (a tree of one folder): its failure must not be an unhandled rejection.
        login.catch(() => undefined);
        warmed.push(login);
      }
    },
    close: async () => {
      await Promise.all(
        opened.map(({ connection, login, settled }) => {
          // SiteClient.close() cannot stop a login under way, whose socket would then keep the process alive:
          // close it once it lands, without making the caller wait for it.
          if (!settled) return void login.then(() => connection.close(), () => undefined);
          return connection.close();
        }),
      );
    },
  };
}

import type { Socket } from 'node:net';

/** One complete FTP reply; `lines` holds every line of a multi-line reply (RFC 959 §4.2). */
export interface FtpReply {
  readonly code: number;
  readonly lines: readonly string[];
}

/** Reads complete replies from a control connection, one `next()` at a time. */
export interface ReplyReader {
  next(timeoutMs?: number): Promise<FtpReply>;
  /** Stops listening, e.g. before handing the socket to TLS after `234`. */
  dispose(): void;
}

/**
 * Wraps a socket so tests can await replies; multi-line aware because pure-ftpd sends a
 * multi-line 220 greeting (and 226/221) while the others send one line.
 */
export function createReplyReader(socket: Socket): ReplyReader {
  let buffer = '';
  let current: string[] = [];
  const ready: FtpReply[] = [];
  let waiter: { resolve: (r: FtpReply) => void; reject: (e: Error) => void } | undefined;
  let failure: Error | undefined;

  const deliver = (): void => {
    if (waiter === undefined) return;
    const reply = ready.shift();
    if (reply !== undefined) {
      const w = waiter;
      waiter = undefined;
      w.resolve(reply);
    } else if (failure !== undefined) {
      const w = waiter;
      waiter = undefined;
      w.reject(failure);
    }
  };
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString('utf8');
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      current.push(line);
      const first = current[0] ?? '';
      const firstIsMulti = /^\d{3}-/.test(first);
      if (!firstIsMulti || (line.startsWith(first.slice(0, 3)) && line[3] === ' ')) {
        ready.push({ code: Number(first.slice(0, 3)), lines: current });
        current = [];
      }
      end = buffer.indexOf('\n');
    }
    deliver();
  };
  const onEnd = (): void => {
    failure ??= new Error(`connection closed before a complete reply (got: ${JSON.stringify(buffer)})`);
    deliver();
  };
  const onError = (error: Error): void => {
    failure ??= error;
    deliver();
  };
  socket.on('data', onData);
  socket.on('end', onEnd);
  socket.on('close', onEnd);
  socket.on('error', onError);

  return {
    next(timeoutMs = 5_000) {
      return new Promise<FtpReply>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiter = undefined;
          reject(new Error(`no FTP reply within ${timeoutMs} ms`));
        }, timeoutMs);
        waiter = {
          resolve: (r) => { clearTimeout(timer); resolve(r); },
          reject: (e) => { clearTimeout(timer); reject(e); },
        };
        deliver();
      });
    },
    dispose() {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
    },
  };
}

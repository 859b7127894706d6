import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FtpClient } from '../ftp/client.js';
import { FileSink } from '../ftp/file-sink.js';
import { FileSource } from '../ftp/file-source.js';
import { discardSink, runDriver, type DriverResult, type DriverSpec } from './driver-spec.js';

/** The bench's Ferry driver: one process that connects, logs in, runs one job with the engine and quits. */
async function transfer(spec: DriverSpec): Promise<DriverResult> {
  const client = new FtpClient({
    tls:
      spec.tls === 'explicit'
        ? { mode: 'explicit', ca: spec.caFile === undefined ? undefined : readFileSync(spec.caFile), maxVersion: spec.tlsMaxVersion }
        : undefined,
  });
  await client.connect(spec.host, spec.port);
  try {
    await client.login(spec.user, spec.password);
    if (spec.op === 'upload') {
      await client.upload(spec.remote, await FileSource.open(spec.local));
      return { bytes: statSync(spec.local).size, files: 1 };
    }
    if (spec.op === 'download') {
      if (spec.local === '-') {
        const discard = discardSink();
        // The sink drops each chunk in its write callback, so the engine may reuse its read buffers (as for files).
        await client.download(spec.remote, discard.sink, { reuseBuffers: true });
        return { bytes: discard.bytes(), files: 1 };
      }
      // As the app's transfer workers and the CLI write a download.
      await client.download(spec.remote, await FileSink.open(spec.local));
      return { bytes: statSync(spec.local).size, files: 1 };
    }
    await client.cwd(spec.remote);
    let bytes = 0;
    let files = 0;
    for (const entry of await client.list()) {
      if (entry.type !== 'file') continue;
      await client.download(entry.name, await FileSink.open(join(spec.local, entry.name)));
      bytes += entry.size ?? 0;
      files += 1;
    }
    return { bytes, files };
  } finally {
    await client.quit();
  }
}

runDriver(transfer);

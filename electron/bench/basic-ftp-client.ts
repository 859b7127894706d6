import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'basic-ftp';
import { discardSink, runDriver, type DriverResult, type DriverSpec } from './driver-spec.js';

/** The bench's basic-ftp driver: the peer Ferry is compared with, used the way its README shows. */
async function transfer(spec: DriverSpec): Promise<DriverResult> {
  const client = new Client(30_000);
  try {
    await client.access({
      host: spec.host,
      port: spec.port,
      user: spec.user,
      password: spec.password,
      secure: spec.tls === 'explicit',
      secureOptions:
        spec.tls === 'explicit'
          ? { ca: spec.caFile === undefined ? undefined : readFileSync(spec.caFile), maxVersion: spec.tlsMaxVersion }
          : undefined,
    });
    if (spec.op === 'upload') {
      // The same source stream as Ferry's driver, so the engines are compared on equal input.
      await client.uploadFrom(createReadStream(spec.local, { highWaterMark: 1024 * 1024 }), spec.remote);
      return { bytes: statSync(spec.local).size, files: 1 };
    }
    if (spec.op === 'download') {
      if (spec.local === '-') {
        const discard = discardSink();
        await client.downloadTo(discard.sink, spec.remote);
        return { bytes: discard.bytes(), files: 1 };
      }
      await client.downloadTo(spec.local, spec.remote);
      return { bytes: statSync(spec.local).size, files: 1 };
    }
    await client.downloadToDir(spec.local, spec.remote);
    const names = readdirSync(spec.local);
    return { bytes: names.reduce((sum, name) => sum + statSync(join(spec.local, name)).size, 0), files: names.length };
  } finally {
    client.close();
  }
}

runDriver(transfer);

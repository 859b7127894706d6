import type { FerryBridge } from '../../shared/ipc-contract.js';
import type { RemoteListing } from '../../shared/remote-entry.js';
import { unpackRemoteListing } from '../../shared/remote-listing-wire.js';
import { ok, type Result } from '../../shared/result.js';

/** `remote:list`, with the listing unpacked from its wire rows into entries (see remote-listing-wire.ts). */
export async function listRemote(bridge: FerryBridge, request: { readonly sessionId: string; readonly path?: string }): Promise<Result<RemoteListing>> {
  const result = await bridge.invoke('remote:list', request);
  return result.ok ? ok(unpackRemoteListing(result.value)) : result;
}

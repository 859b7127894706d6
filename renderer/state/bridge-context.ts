import { createContext, useContext } from 'react';
import type { FerryBridge } from '../../shared/ipc-contract.js';

/**
 * The bridge handed down from main.tsx, so features never import the transport and tests can pass a fake.
 */
export const BridgeContext = createContext<FerryBridge | null>(null);

/** The bridge; throws if a component renders outside the provider, which is a programming error. */
export function useBridge(): FerryBridge {
  const bridge = useContext(BridgeContext);
  if (bridge === null) {
    throw new Error('useBridge() needs a <BridgeContext value={api}> above it');
  }
  return bridge;
}

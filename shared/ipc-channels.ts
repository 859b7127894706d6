/**
 * Channel names alone, without schemas, so the sandboxed preload can allow-list them without bundling zod.
 * ipc-contract.ts is checked against these lists at compile time, so the two cannot drift apart.
 */
export const invokeChannels = ['app:info', 'local:list'] as const;

/** Events main pushes to the renderer. */
export const eventChannels = ['log:line'] as const;

/** The renderer calls this once its listeners are attached; events are queued until then. */
export const readyChannel = 'renderer:ready';

export type InvokeChannel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];

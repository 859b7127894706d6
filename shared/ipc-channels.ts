/**
 * Channel names alone, without schemas, so the sandboxed preload can allow-list them without bundling zod.
 * ipc-contract.ts is checked against these lists at compile time, so the two cannot drift apart.
 */
export const invokeChannels = [
  'app:info',
  'local:list',
  'local:mkdir',
  'local:rename',
  'local:delete',
  'local:chmod',
  'remote:connect',
  'remote:trust',
  'remote:disconnect',
  'remote:list',
  'remote:mkdir',
  'remote:rename',
  'remote:delete',
  'remote:rmdir',
  'remote:chmod',
  // Site manager (shared/site-ipc.ts).
  'sites:list',
  'sites:create',
  'sites:update',
  'sites:delete',
  'sites:duplicate',
  'sites:move',
  'sites:create-folder',
  'sites:rename-folder',
  'sites:move-folder',
  'sites:delete-folder',
  'sites:set-password',
  'sites:forget-password',
  'sites:password-state',
  'sites:import-filezilla',
  'sites:export',
  'sites:keychain',
  'pins:list',
  'pins:forget',
  // Transfer queue (shared/transfer-ipc.ts).
  'transfers:enqueue',
  'transfers:list',
  'transfers:pause',
  'transfers:resume',
  'transfers:cancel',
  'transfers:retry',
  'transfers:clear-finished',
  'transfers:set-policy',
  'transfers:answer',
  // Publishing a website (shared/publish-ipc.ts).
  'publish:plan',
  'publish:apply',
  'publish:cancel',
] as const;

/** Events main pushes to the renderer. */
export const eventChannels = ['log:line', 'remote:state', 'remote:list-progress', 'transfers:jobs', 'transfers:progress', 'transfers:question', 'publish:progress', 'publish:summary'] as const;

/** The renderer calls this once its listeners are attached; events are queued until then. */
export const readyChannel = 'renderer:ready';

export type InvokeChannel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];

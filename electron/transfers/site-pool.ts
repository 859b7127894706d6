import type { SiteConnection } from './task-types.js';
import type { SlotFactory, TransferSlot } from './transfer-slot.js';

/**
 * The transfer connections of one site: how many are busy, idle ones kept for reuse, and the cap. The cap is
 * the policy's, lowered for the rest of the session when the server says "too many connections" (421), and
 * new connections wait out a back-off after such a refusal.
 */
export class SitePool {
  busy = 0;
  /** Lowered cap after a refusal; undefined = the policy's. */
  lowered: number | undefined;
  /** No new connection before this time (ms). */
  holdUntil = 0;
  private site: Promise<SiteConnection> | undefined;
  private readonly idle: TransferSlot[] = [];

  constructor(
    readonly siteId: string,
    private readonly resolve: (siteId: string) => Promise<SiteConnection>,
    private readonly createSlot: SlotFactory,
  ) {}

  /** The cap in effect given the policy's connection count. */
  cap(policyConnections: number): number {
    return Math.max(1, Math.min(policyConnections, this.lowered ?? Infinity));
  }

  /** How to connect; asked once per session (a failure is asked again next time). */
  async connection(): Promise<SiteConnection> {
    this.site ??= this.resolve(this.siteId).catch((error: unknown) => {
      this.site = undefined;
      throw error;
    });
    return this.site;
  }

  /** An idle slot, or a new one. */
  async take(): Promise<TransferSlot> {
    const reused = this.idle.pop();
    if (reused !== undefined) return reused;
    return this.createSlot(await this.connection());
  }

  /** Returns a slot after its task; beyond `keep` idle slots it is closed. */
  release(slot: TransferSlot, keep: number): void {
    if (this.idle.length >= keep) void slot.close();
    else this.idle.push(slot);
  }

  /** The server refused a connection: cap at the ones still working, back off before opening another. */
  refused(now: number, backoffMs: number): void {
    this.lowered = Math.max(1, Math.min(this.lowered ?? Infinity, this.busy));
    this.holdUntil = now + backoffMs;
  }

  /** Closes every idle slot (busy ones are closed by whoever holds them). */
  async close(): Promise<void> {
    const slots = this.idle.splice(0);
    await Promise.all(slots.map((slot) => slot.close()));
  }
}

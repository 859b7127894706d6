import type { CredentialStore } from '../credentials/credential-store.js';
import type { SiteStore } from '../sites/site-store.js';

/** What the site-manager handlers need: the open site store and where passwords live. */
export interface SitesDeps {
  readonly store: SiteStore;
  readonly credentials: CredentialStore;
}

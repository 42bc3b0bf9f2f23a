/**
 * The page announcer: ONE polite live region for the whole page, in plain DOM (not React) so
 * that it exists before any text goes in and outlives the component that spoke.
 *
 * - Created by `retainAnnouncer()`, which components call when they mount: a live region must
 *   already be in the accessibility tree when text is added, or screen readers stay silent.
 * - Each message is a new child added after a short delay and removed after a while:
 *   NVDA ignores text inserted in the same tick as its region, and re-speaks a fresh node
 *   where it would skip an unchanged textContent.
 * - `role="log"`, not `status`, so it never mixes with the banners' own status regions.
 */

const INSERT_DELAY_MS = 100;
const CLEAR_AFTER_MS = 7000;
const DEDUPE_MS = 1000;
const ATTRIBUTE = 'data-raek-announcer';

let region: HTMLElement | undefined;
let last = { text: '', at: -Infinity };
let users = 0;
const timers = new Set<ReturnType<typeof setTimeout>>();
// The message waiting for its insert delay; a newer one replaces its text instead of queueing.
let pending: { text: string } | undefined;

function later(callback: () => void, ms: number): void {
  const id = globalThis.setTimeout(() => {
    timers.delete(id);
    callback();
  }, ms);
  timers.add(id);
}

/**
 * Marks a component as a user of the announcer (call in an effect, release in its cleanup).
 * When the last user goes, pending messages are dropped with their timers: no timer outlives
 * the components that spoke.
 */
export function retainAnnouncer(): () => void {
  ensureAnnouncer();
  users += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users > 0) return;
    for (const id of timers) globalThis.clearTimeout(id);
    timers.clear();
    pending = undefined;
    region?.replaceChildren();
  };
}

/** Creates the region if it is missing. Safe on the server (does nothing). */
export function ensureAnnouncer(): HTMLElement | undefined {
  const doc = globalThis.document;
  if (doc?.body == null) return undefined;
  if (region?.isConnected) return region;
  region = doc.querySelector<HTMLElement>(`[${ATTRIBUTE}]`) ?? undefined;
  if (region) return region;
  region = doc.createElement('div');
  region.setAttribute(ATTRIBUTE, '');
  region.setAttribute('role', 'log');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-relevant', 'additions');
  region.className = 'raek-visually-hidden';
  // Inline too: the announcer must stay hidden when the app does not load styles.css.
  region.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';
  doc.body.appendChild(region);
  return region;
}

/** Speaks `text` politely. The same text twice within a second is said once (100 buttons, one wait). */
export function announce(text: string): void {
  const target = ensureAnnouncer();
  if (!target || text === '') return;
  const now = Date.now();
  if (last.text === text && now - last.at < DEDUPE_MS) return;
  last = { text, at: now };
  // A storm (a thousand countdowns mounting together) speaks its latest message once, not once each.
  if (pending) {
    pending.text = text;
    return;
  }
  const message = { text };
  pending = message;
  later(() => {
    pending = undefined;
    const node = target.ownerDocument.createElement('div');
    node.textContent = message.text;
    target.appendChild(node);
    later(() => {
      node.remove();
    }, CLEAR_AFTER_MS);
  }, INSERT_DELAY_MS);
}

/** Removes the region and forgets history (tests). */
export function resetAnnouncer(): void {
  for (const id of timers) globalThis.clearTimeout(id);
  timers.clear();
  pending = undefined;
  users = 0;
  region?.remove();
  region = undefined;
  last = { text: '', at: -Infinity };
}

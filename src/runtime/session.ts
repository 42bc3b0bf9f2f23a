/**
 * Restores a lost session: a silent refresh first, then an interactive login.
 * Framework-free so the provider, the QueryClient glue and plain fetch code share one.
 *
 * - Single flight: concurrent callers (20 queries failing with 401 at once) share one attempt.
 * - Across tabs too: the refresh runs under a Web Lock, and a tab that waited for the lock
 *   skips its own refresh when another tab refreshed meanwhile, so rotating refresh tokens
 *   are not spent twice (which would log the user out).
 * - No loops: a 401 on a request sent after a refresh that "succeeded" means refreshing does
 *   not help, and a refresh that just failed will fail again; within the cooldown neither is
 *   tried again, so the next restore goes straight to the interactive login.
 * - `renew(version)` tells a request that failed with stale credentials (sent before the session
 *   was renewed) from one that failed with fresh ones: only the latter costs a refresh. A counter,
 *   not a timestamp: a fast refresh and the request after it can share a millisecond.
 */

export interface SessionHandlers {
  /** Silent token refresh; true when it worked. */
  refreshSession?: (() => Promise<boolean>) | undefined;
  /**
   * Interactive re-login (the app's login form or page): resolves true when signed in again,
   * false when the person cancelled, and rejects when signing in failed.
   */
  requestLogin?: (() => Promise<boolean>) | undefined;
}

/** How an interactive login ended: the three answers of `requestLogin`. */
export type LoginOutcome = 'signedIn' | 'cancelled' | 'failed';

export interface SessionCoordinatorOptions {
  /** Web Lock and storage key shared by the app's tabs. */
  name?: string;
  /** A refresh younger than this does not count as a fix for a new 401. */
  refreshCooldownMs?: number;
  now?: () => number;
}

export interface SessionCoordinator {
  /** Silent refresh, single flight in this tab and across tabs. */
  refresh(): Promise<boolean>;
  /** Interactive login, single flight. */
  login(): Promise<boolean>;
  /** The same login, telling a cancel (false) from a failure (a rejection, or no handler). */
  signIn(): Promise<LoginOutcome>;
  /** Refresh, or login when refresh fails or just failed to help. True when the session is back. */
  restore(): Promise<boolean>;
  /**
   * For a request that failed as unauthenticated: true when it is worth sending again.
   * `version` is `version()` read when the request was sent. Resolves true at once when the session
   * was renewed since; otherwise joins or starts one silent refresh, unless a refresh settled within the
   * cooldown (it failed, or "succeeded" and the request still failed): then false, without calling
   * `refreshSession` again. False means: ask the person to sign in.
   */
  renew(version?: number): Promise<boolean>;
  /** Goes up by one each time the session is renewed (refresh or login). Read it when a request is sent. */
  version(): number;
  /** True when the app gave `refreshSession` or `requestLogin`, so restoring is possible at all. */
  canRestore(): boolean;
  /** Replace the app's handlers (the provider re-renders with new props). */
  setHandlers(handlers: SessionHandlers): void;
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

function readStamp(key: string): number {
  try {
    return Number(globalThis.localStorage?.getItem(key)) || 0;
  } catch {
    return 0; // storage can throw (Safari private mode, sandboxed iframes)
  }
}

function writeStamp(key: string, value: number): void {
  try {
    globalThis.localStorage?.setItem(key, String(value));
  } catch {
    // best effort: without storage, tabs still refresh one at a time under the lock
  }
}

async function settle(fn: (() => Promise<boolean>) | undefined): Promise<boolean> {
  if (!fn) return false;
  try {
    const result: unknown = await fn();
    return result === true;
  } catch {
    return false; // an app callback that throws is a failed attempt, never a crash
  }
}

async function outcomeOf(fn: (() => Promise<boolean>) | undefined): Promise<LoginOutcome> {
  if (!fn) return 'failed';
  try {
    const result: unknown = await fn();
    return result === true ? 'signedIn' : 'cancelled';
  } catch {
    return 'failed'; // an app callback that throws is a failed attempt, never a crash
  }
}

export function createSessionCoordinator(
  initial: SessionHandlers = {},
  options: SessionCoordinatorOptions = {},
): SessionCoordinator {
  const name = options.name ?? 'react-api-error-kit:session';
  const cooldown = options.refreshCooldownMs ?? 10_000;
  const now = options.now ?? Date.now;
  let handlers = initial;
  let refreshing: Promise<boolean> | undefined;
  let loggingIn: Promise<LoginOutcome> | undefined;
  let lastRefreshOk = -Infinity;
  let lastRefreshFailed = -Infinity;
  // Renewals so far (refresh or login); requests sent before the latest one had stale credentials.
  let renewals = 0;

  const runRefresh = async (): Promise<boolean> => {
    const startedAt = now();
    const attempt = async () => {
      // Another tab refreshed while this one waited for the lock: its tokens are ours too.
      if (readStamp(name) > startedAt) return true;
      const ok = await settle(handlers.refreshSession);
      if (ok) writeStamp(name, now());
      return ok;
    };
    const locks = lockManager();
    let ok: boolean;
    try {
      ok = locks ? await locks.request(name, attempt) : await attempt();
    } catch {
      ok = false;
    }
    const at = now();
    if (ok) {
      lastRefreshOk = at;
      renewals += 1;
    } else {
      lastRefreshFailed = at;
    }
    return ok;
  };

  // A refresh that succeeded or failed this recently is not tried again for a new 401.
  const refreshSettledRecently = (): boolean => now() - Math.max(lastRefreshOk, lastRefreshFailed) < cooldown;

  const coordinator: SessionCoordinator = {
    refresh() {
      refreshing ??= runRefresh().finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    login() {
      return coordinator.signIn().then((outcome) => outcome === 'signedIn');
    },
    signIn() {
      loggingIn ??= outcomeOf(handlers.requestLogin)
        .then((outcome) => {
          if (outcome === 'signedIn') {
            renewals += 1;
            lastRefreshFailed = -Infinity; // a fresh login may come with a fresh refresh token
          }
          return outcome;
        })
        .finally(() => {
          loggingIn = undefined;
        });
      return loggingIn;
    },
    async restore() {
      if (handlers.refreshSession && !refreshSettledRecently() && (await coordinator.refresh())) return true;
      return coordinator.login();
    },
    renew(version) {
      if (version !== undefined && version < renewals) return Promise.resolve(true);
      if (refreshing) return refreshing;
      if (!handlers.refreshSession || refreshSettledRecently()) return Promise.resolve(false);
      return coordinator.refresh();
    },
    version() {
      return renewals;
    },
    canRestore() {
      return Boolean(handlers.refreshSession ?? handlers.requestLogin);
    },
    setHandlers(next) {
      handlers = next;
    },
  };
  return coordinator;
}

import type { SessionCoordinator } from '../runtime/session.js';
import type { ApiError } from '../model/types.js';
import { createListeners } from '../runtime/createListeners.js';

export type SessionPromptStatus = 'idle' | 'refreshing' | 'needs-login';

export interface SessionPromptSnapshot {
  readonly status: SessionPromptStatus;
  /** The authentication error that started the current wave; null when idle. */
  readonly error: ApiError | null;
}

/**
 * One wave of authentication failures: many queries and mutations failing with 401 at once
 * cost one silent refresh (the coordinator is single flight), then each is sent again. When the
 * refresh fails or does not help, the wave stops in `needs-login` (one prompt) and holds the
 * failed work until `replay()` (after the person signed in) or `dismiss()`.
 */
export interface AuthWave {
  // Function properties, not methods: they are passed around unbound (useSyncExternalStore, onRetry).
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => SessionPromptSnapshot;
  /**
   * Takes a failed piece of work. `key` identifies it (the same query failing twice is one entry),
   * `replay` sends it again, `version` is the session version read when it was sent;
   * `idempotent` work (a query's refetch) is what `dismiss` hands on.
   */
  readonly handle: (key: object, replay: () => void, version: number | undefined, error: ApiError, idempotent?: boolean) => void;
  /** The session is back (the person signed in): send every held piece of work again. */
  readonly replay: () => void;
  /**
   * The person closed the prompt ("Not now"). The held queries are handed to `onDismissed` (the
   * installation puts them in the notification region as one notice whose "Sign in again"
   * restores the session and refetches them), so a screen whose first load failed is not left
   * blank. Held mutations are dropped here: their own screen keeps the error and its retry.
   */
  readonly dismiss: () => void;
}

const IDLE: SessionPromptSnapshot = /* @__PURE__ */ Object.freeze({ status: 'idle', error: null });

export function createAuthWave(
  getSession: () => SessionCoordinator | undefined,
  onDismissed?: (error: ApiError, replay: () => void) => void,
): AuthWave {
  const listeners = createListeners();
  const held = new Map<object, { readonly replay: () => void; readonly idempotent: boolean }>();
  let snapshot = IDLE;
  let renewing = 0;

  const set = (status: SessionPromptStatus, error: ApiError | null): void => {
    if (snapshot.status === status && snapshot.error === error) return;
    snapshot = status === 'idle' ? IDLE : Object.freeze({ status, error });
    listeners.emit();
  };

  const run = (key: object): void => {
    const job = held.get(key);
    held.delete(key);
    job?.replay();
  };

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    handle(key, replay, version, error, idempotent = false) {
      held.set(key, { replay, idempotent });
      // While the prompt is up, more failures only join it: no refresh, no second prompt.
      if (snapshot.status === 'needs-login') return;
      const session = getSession();
      if (!session) {
        set('needs-login', error);
        return;
      }
      renewing += 1;
      set('refreshing', snapshot.error ?? error);
      void session.renew(version).then((ok) => {
        renewing -= 1;
        if (snapshot.status === 'needs-login') return; // the prompt owns the held work now
        if (!ok) {
          set('needs-login', snapshot.error ?? error);
          return;
        }
        run(key);
        if (renewing === 0) set('idle', null);
      });
    },
    replay() {
      const jobs = [...held.values()];
      held.clear();
      set('idle', null);
      for (const job of jobs) job.replay();
    },
    dismiss() {
      const jobs = [...held.values()].filter((job) => job.idempotent);
      const { error } = snapshot;
      held.clear();
      set('idle', null);
      if (error && jobs.length > 0) {
        onDismissed?.(error, () => {
          for (const job of jobs) job.replay();
        });
      }
    },
  };
}

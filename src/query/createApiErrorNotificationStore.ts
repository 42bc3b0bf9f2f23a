import type { ApiError } from '../model/types.js';
import { toApiError } from './toApiError.js';
import { createListeners } from '../runtime/createListeners.js';

/** One notice in the region: one kind of failure, however many times it happened in the window. */
export interface ApiErrorNotice {
  readonly id: string;
  readonly error: ApiError;
  /** How many failures this notice stands for. */
  readonly count: number;
  readonly context?: string | undefined;
  /** Epoch ms of the latest failure counted. */
  readonly lastAt: number;
  /** Sends the failed work of every failure this notice counts again (e.g. refetches the queries). */
  readonly retry?: (() => void) | undefined;
}

export interface NotifyOptions {
  readonly context?: string | undefined;
  /** Sends this failure's work again; `retryKey` identifies the work so one query is refetched once. */
  readonly retry?: (() => void) | undefined;
  readonly retryKey?: object | undefined;
}

export interface ApiErrorNotificationSnapshot {
  readonly notices: readonly ApiErrorNotice[];
  /** The browser reports no connection (TanStack Query's onlineManager). */
  readonly offline: boolean;
}

export interface ApiErrorNotificationStore {
  // Function properties, not methods: they are passed around unbound (useSyncExternalStore, onClick).
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => ApiErrorNotificationSnapshot;
  /** Adds a failure; the same code and status within the window raises the count instead. */
  readonly notify: (error: unknown, options?: NotifyOptions) => void;
  readonly dismiss: (id: string) => void;
  readonly clear: () => void;
  readonly setOffline: (offline: boolean) => void;
}

export interface ApiErrorNotificationStoreOptions {
  /** Same code + status within this many ms of the last one is one notice. Default 10 s. */
  dedupeWindowMs?: number;
  /** Oldest notices drop off beyond this many. Default 5. */
  maxNotices?: number;
  now?: () => number;
}

/** A framework-free store for the page's one notification region (useSyncExternalStore-ready). */
export function createApiErrorNotificationStore(options: ApiErrorNotificationStoreOptions = {}): ApiErrorNotificationStore {
  const windowMs = options.dedupeWindowMs ?? 10_000;
  const maxNotices = options.maxNotices ?? 5;
  const now = options.now ?? Date.now;
  const listeners = createListeners();
  // The same thrown value reported twice (two subscribers, a StrictMode re-run) counts once.
  const seen = new WeakSet<object>();
  let snapshot: ApiErrorNotificationSnapshot = Object.freeze({ notices: Object.freeze([]), offline: false });
  let nextId = 0;
  const retries = new Map<string, Map<object, () => void>>();

  // One retry per notice that runs every distinct piece of failed work it counts.
  const addRetry = (id: string, options: NotifyOptions): (() => void) | undefined => {
    const { retry } = options;
    if (!retry) return retries.has(id) ? runRetries(id) : undefined;
    const jobs = retries.get(id) ?? new Map<object, () => void>();
    jobs.set(options.retryKey ?? retry, retry);
    retries.set(id, jobs);
    return runRetries(id);
  };
  const runRetries = (id: string) => () => {
    for (const job of retries.get(id)?.values() ?? []) job();
  };

  const commit = (next: Partial<ApiErrorNotificationSnapshot>): void => {
    snapshot = Object.freeze({ ...snapshot, ...next });
    listeners.emit();
  };
  const keyOf = (error: ApiError): string => `${error.code}|${error.status ?? ''}`;

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,
    notify(raw, notifyOptions = {}) {
      if (typeof raw === 'object' && raw !== null) {
        if (seen.has(raw)) return;
        seen.add(raw);
      }
      const error = toApiError(raw);
      if (error.category === 'cancelled') return; // never presented to a person
      const at = now();
      const key = keyOf(error);
      const same = snapshot.notices.find((n) => keyOf(n.error) === key && at - n.lastAt < windowMs);
      if (same) {
        const merged: ApiErrorNotice = Object.freeze({ ...same, count: same.count + 1, lastAt: at, error, retry: addRetry(same.id, notifyOptions) });
        commit({ notices: Object.freeze(snapshot.notices.map((n) => (n === same ? merged : n))) });
        return;
      }
      const id = `api-error-notice-${++nextId}`;
      const notice: ApiErrorNotice = Object.freeze({ id, error, count: 1, context: notifyOptions.context, lastAt: at, retry: addRetry(id, notifyOptions) });
      const kept = [...snapshot.notices, notice].slice(-maxNotices);
      for (const dropped of snapshot.notices) if (!kept.includes(dropped)) retries.delete(dropped.id);
      commit({ notices: Object.freeze(kept) });
    },
    dismiss(id) {
      if (!snapshot.notices.some((n) => n.id === id)) return;
      retries.delete(id);
      commit({ notices: Object.freeze(snapshot.notices.filter((n) => n.id !== id)) });
    },
    clear() {
      retries.clear();
      if (snapshot.notices.length > 0) commit({ notices: Object.freeze([]) });
    },
    setOffline(offline) {
      if (snapshot.offline !== offline) commit({ offline });
    },
  };
}

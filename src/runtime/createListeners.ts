/**
 * The listener half of a store read through useSyncExternalStore: `subscribe` for React,
 * `emit` for the store. A listener that unsubscribes while being called does not skip the
 * next one (emit walks a copy).
 */
export interface Listeners {
  readonly subscribe: (listener: () => void) => () => void;
  readonly emit: () => void;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit: () => {
      for (const listener of [...listeners]) listener();
    },
  };
}

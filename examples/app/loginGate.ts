/**
 * The app's interactive login, as a promise: the provider's `requestLogin` calls `request()`,
 * the login form resolves it. A tiny store so the form can live anywhere in the tree.
 */
export interface LoginGate {
  request(): Promise<boolean>;
  resolve(ok: boolean): void;
  subscribe(listener: () => void): () => void;
  isOpen(): boolean;
}

export function createLoginGate(): LoginGate {
  let pending: ((ok: boolean) => void) | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    request() {
      pending?.(false);
      const promise = new Promise<boolean>((resolve) => {
        pending = resolve;
      });
      notify();
      return promise;
    },
    resolve(ok) {
      const settle = pending;
      pending = undefined;
      notify();
      settle?.(ok);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isOpen: () => pending !== undefined,
  };
}

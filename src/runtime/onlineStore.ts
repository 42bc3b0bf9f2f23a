/**
 * Whether the browser says it is online, as a tiny external store (framework-free).
 * `navigator.onLine === false` is reliable; `true` only means "some network".
 */
export function subscribeOnline(listener: () => void): () => void {
  const target = globalThis.window;
  if (target === undefined) return () => undefined;
  target.addEventListener('online', listener);
  target.addEventListener('offline', listener);
  return () => {
    target.removeEventListener('online', listener);
    target.removeEventListener('offline', listener);
  };
}

export function getOnline(): boolean {
  // Optional chaining for non-browser hosts, where there is no navigator at all.
  const online: boolean | undefined = globalThis.navigator?.onLine;
  return online ?? true;
}

/** The server cannot know: assume online. */
export function getServerOnline(): boolean {
  return true;
}

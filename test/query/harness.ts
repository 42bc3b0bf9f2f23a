import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';
import { createSessionCoordinator } from '../../src/runtime/session.js';
import type { SessionHandlers } from '../../src/runtime/session.js';
import { getQueryInstallation } from '../../src/query/getQueryInstallation.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';

/** A real QueryClient with the kit installed, mounted (online/focus managers) as a provider would. */
export function setupClient(handlers: SessionHandlers = {}) {
  const client = new QueryClient();
  const session = createSessionCoordinator(handlers, { name: `test-${Math.random()}` });
  const uninstall = installApiErrorHandling(client, { session });
  client.mount();
  const installation = getQueryInstallation(client);
  const stops: (() => void)[] = [];
  return {
    client,
    session,
    installation,
    /** An active query, as a mounted useQuery would have. */
    observe<T>(queryKey: QueryKey, queryFn: () => Promise<T>, extra: Record<string, unknown> = {}) {
      const observer = new QueryObserver(client, { queryKey, queryFn, ...extra });
      stops.push(observer.subscribe(() => undefined));
      return observer;
    },
    mutation<T, V>(mutationFn: (variables: V) => Promise<T>, extra: Record<string, unknown> = {}) {
      const observer = new MutationObserver<T, Error, V>(client, { mutationFn, ...extra });
      stops.push(observer.subscribe(() => undefined));
      return observer;
    },
    dispose() {
      for (const stop of stops) stop();
      uninstall();
      client.unmount();
      client.clear();
    },
  };
}

/** Resolves once `check` is true; polls with real time, fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 4_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

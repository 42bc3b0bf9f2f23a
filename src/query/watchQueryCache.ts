import type { Query, QueryClient } from '@tanstack/react-query';
import { readApiErrorMeta } from './apiErrorMeta.js';
import type { QueryInstallation } from './getQueryInstallation.js';
import { routeFailure } from './routeFailure.js';

/** Routes every query's final failure (after retries); returns the unsubscribe. */
export function watchQueryCache(client: QueryClient, installation: QueryInstallation): () => void {
  // Session version when each query's current fetch started: tells stale credentials from fresh.
  const versions = new WeakMap<Query, number>();
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    const { action } = event;
    const query = event.query as Query;
    if (action.type === 'fetch') {
      const version = installation.session?.version();
      if (version !== undefined) versions.set(query, version);
      return;
    }
    if (action.type !== 'error') return;
    routeFailure(installation, action.error, {
      key: query,
      meta: readApiErrorMeta(query.meta),
      // Data still on screen: a background refetch failed. No data: the boundary shows it.
      notifyByDefault: query.state.data !== undefined,
      version: versions.get(query),
      idempotent: true,
      replay: () => {
        void client.refetchQueries({ type: 'active', predicate: (q) => q === query });
      },
    });
  });
}

import { onlineManager } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionCoordinator } from '../runtime/session.js';
import { apiErrorRetry } from './apiErrorRetry.js';
import { apiErrorRetryDelay } from './apiErrorRetryDelay.js';
import { apiErrorThrowOnError } from './apiErrorThrowOnError.js';
import { getQueryInstallation } from './getQueryInstallation.js';
import type { QueryInstallation } from './getQueryInstallation.js';
import { watchMutationCache } from './watchMutationCache.js';
import { watchQueryCache } from './watchQueryCache.js';

export interface InstallApiErrorHandlingOptions {
  /**
   * The session coordinator that refreshes once per wave of 401s. In React, `<ApiErrorQueryBridge />`
   * plugs in the provider's own; pass one here when there is no provider (or in tests).
   */
  session?: SessionCoordinator | undefined;
  /** Show failed mutations in the notification region unless their meta says otherwise. Default false. */
  notifyMutations?: boolean | undefined;
}

function attach(client: QueryClient, installation: QueryInstallation, options: InstallApiErrorHandlingOptions): () => void {
  const previous = client.getDefaultOptions();
  // A default the app set itself wins over the kit's; TanStack's built-in ones do not.
  client.setDefaultOptions({
    ...previous,
    queries: {
      ...previous.queries,
      retry: previous.queries?.retry ?? apiErrorRetry,
      retryDelay: previous.queries?.retryDelay ?? apiErrorRetryDelay,
      throwOnError: apiErrorThrowOnError(installation, previous.queries?.throwOnError),
    },
    mutations: { ...previous.mutations, retryDelay: previous.mutations?.retryDelay ?? apiErrorRetryDelay },
  });
  const stopQueries = watchQueryCache(client, installation);
  const stopMutations = watchMutationCache(client, installation, options.notifyMutations === true);
  const { notifications } = installation;
  notifications.setOffline(!onlineManager.isOnline());
  const stopOnline = onlineManager.subscribe((online) => {
    notifications.setOffline(!online);
    if (online) {
      // Notices that said "can't reach the server" are stale once the connection is back.
      for (const notice of notifications.getSnapshot().notices) {
        if (notice.error.category === 'connection') notifications.dismiss(notice.id);
      }
    }
  });
  return () => {
    stopQueries();
    stopMutations();
    stopOnline();
    client.setDefaultOptions(previous);
  };
}

/**
 * Installs the kit on a QueryClient, in one line, right after creating it (before any query
 * renders, so the defaults reach the first fetch):
 * `installApiErrorHandling(queryClient)`. Returns the uninstall.
 *
 * Sets default `retry`/`retryDelay`/`throwOnError`, and watches the caches with `subscribe`
 * (not the caches' `onError` config, which only a constructor can set, and which would
 * replace the app's own handlers). Idempotent per client: installing twice (StrictMode runs
 * effects twice) keeps one set of listeners; the last uninstall removes them.
 */
export function installApiErrorHandling(client: QueryClient, options: InstallApiErrorHandlingOptions = {}): () => void {
  const installation = getQueryInstallation(client);
  if (options.session) installation.session = options.session;
  installation.refs += 1;
  if (installation.refs === 1) installation.teardown = attach(client, installation, options);
  let installed = true;
  return () => {
    if (!installed) return;
    installed = false;
    if (options.session && installation.session === options.session) installation.session = undefined;
    installation.refs -= 1;
    if (installation.refs === 0) {
      installation.teardown?.();
      installation.teardown = undefined;
    }
  };
}

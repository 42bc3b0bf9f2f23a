import type { Mutation, QueryClient } from '@tanstack/react-query';
import { readApiErrorMeta } from './apiErrorMeta.js';
import { apiErrorRetry } from './apiErrorRetry.js';
import type { QueryInstallation } from './getQueryInstallation.js';
import { routeFailure } from './routeFailure.js';

type AnyMutation = Mutation<unknown, unknown>;

/**
 * Mutations are not retried (sending an order twice is worse than an error) unless marked safe
 * with `meta: { apiError: { retry: true } }`. A retry function only sees `(failureCount, error)`,
 * never the mutation, so the marker is applied when the mutation is built: the cache announces
 * 'added' synchronously, before `execute` reads `options.retry`.
 */
export function watchMutationCache(client: QueryClient, installation: QueryInstallation, notifyMutations: boolean): () => void {
  const versions = new WeakMap<AnyMutation, number>();
  return client.getMutationCache().subscribe((event) => {
    if (event.type === 'added') {
      const { mutation } = event;
      if (readApiErrorMeta(mutation.options.meta).retry === true && mutation.options.retry === undefined) {
        mutation.setOptions({ ...mutation.options, retry: apiErrorRetry });
      }
      return;
    }
    if (event.type !== 'updated') return;
    const { mutation, action } = event;
    if (action.type === 'pending') {
      const version = installation.session?.version();
      if (version !== undefined) versions.set(mutation, version);
      return;
    }
    if (action.type !== 'error') return;
    const variables: unknown = mutation.state.variables;
    routeFailure(installation, action.error, {
      key: mutation,
      meta: readApiErrorMeta(mutation.options.meta),
      notifyByDefault: notifyMutations,
      version: versions.get(mutation),
      // The same mutation object again, with its original variables: the component's
      // useMutation observer still watches it, so its state and mutate() callbacks follow.
      replay: () => {
        mutation.execute(variables).catch(() => undefined);
      },
    });
  });
}

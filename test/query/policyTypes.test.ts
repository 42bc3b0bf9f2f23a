import { QueryClient, useQuery } from '@tanstack/react-query';
import type { QueryObserverOptions } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { apiErrorRetry } from '../../src/query/apiErrorRetry.js';
import { apiErrorRetryDelay } from '../../src/query/apiErrorRetryDelay.js';

describe('the policy functions fit TanStack Query exactly (type tests, checked by tsc)', () => {
  it('take (failureCount, error) as the retryer calls them', () => {
    expectTypeOf(apiErrorRetry).toEqualTypeOf<(failureCount: number, error: unknown) => boolean>();
    expectTypeOf(apiErrorRetryDelay).toEqualTypeOf<(failureCount: number, error: unknown) => number>();
    expectTypeOf(apiErrorRetry).toExtend<NonNullable<QueryObserverOptions['retry']>>();
    expectTypeOf(apiErrorRetryDelay).toExtend<NonNullable<QueryObserverOptions['retryDelay']>>();
  });

  it('go into client defaults and per-query options unchanged', () => {
    const client = new QueryClient({
      defaultOptions: {
        queries: { retry: apiErrorRetry, retryDelay: apiErrorRetryDelay },
        mutations: { retry: apiErrorRetry, retryDelay: apiErrorRetryDelay },
      },
    });
    function TypeOnly() {
      return useQuery({ queryKey: ['x'], queryFn: () => 1, retry: apiErrorRetry, retryDelay: apiErrorRetryDelay });
    }
    expect(client.getDefaultOptions().queries?.retry).toBe(apiErrorRetry);
    expect(typeof TypeOnly).toBe('function');
  });
});

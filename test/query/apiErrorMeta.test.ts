import { QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import type { QueryMeta } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readApiErrorMeta } from '../../src/query/apiErrorMeta.js';
import type { ApiErrorMetaOptions } from '../../src/query/apiErrorMeta.js';

describe('meta.apiError', () => {
  it('is typed on every query and mutation through Register', () => {
    expectTypeOf<QueryMeta['apiError']>().toEqualTypeOf<ApiErrorMetaOptions | undefined>();
    // Type-level only: these calls are never executed.
    function TypeOnly() {
      useQuery({ queryKey: ['a'], queryFn: () => 1, meta: { apiError: { silent: true, context: 'Orders' }, appKey: 1 } });
      // @ts-expect-error silent is a boolean
      useQuery({ queryKey: ['a'], queryFn: () => 1, meta: { apiError: { silent: 'yes' } } });
      useMutation({ mutationFn: async () => 1, meta: { apiError: { retry: true, notify: true } } });
      // @ts-expect-error auth only knows 'refresh'
      useMutation({ mutationFn: async () => 1, meta: { apiError: { auth: 'login' } } });
      return new QueryClient();
    }
    expect(typeof TypeOnly).toBe('function');
  });

  it('reads whatever meta holds at runtime without throwing', () => {
    expect(readApiErrorMeta(undefined)).toEqual({});
    expect(readApiErrorMeta({ apiError: 'nope' })).toEqual({});
    expect(readApiErrorMeta({ apiError: { silent: true } })).toEqual({ silent: true });
  });
});

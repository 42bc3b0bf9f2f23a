// Type tests: checked by `tsc --noEmit` (no runtime).
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { expectTypeOf } from 'vitest';
import type { ApiError } from '../../src/model/types.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import type { ApiErrorBoundaryProps } from '../../src/react/ApiErrorBoundary.js';
import { useApiError } from '../../src/react/useApiError.js';
import { useApiErrorBoundary } from '../../src/react/useApiErrorBoundary.js';

declare const query: UseQueryResult<string>;
declare const mutation: UseMutationResult<string, Error, { id: number }>;

export function useTypes(): void {
  const view = useApiError(query);
  expectTypeOf(view.error).toEqualTypeOf<ApiError | null>();
  expectTypeOf(view.secondsLeft).toEqualTypeOf<number>();
  expectTypeOf(view.retry).toEqualTypeOf<() => void>();
  expectTypeOf(view.relogin).toEqualTypeOf<() => Promise<void>>();
  expectTypeOf(useApiError(mutation).title).toEqualTypeOf<string>();
  expectTypeOf(useApiError(null).openSupport).toEqualTypeOf<() => void>();

  expectTypeOf(useApiErrorBoundary().showBoundary).parameter(0).toEqualTypeOf<unknown>();
}

// The fallback render function receives a normalized error and a retry.
expectTypeOf<ApiErrorBoundaryProps['fallback']>().extract<(...args: never[]) => unknown>().parameter(0).toEqualTypeOf<{ error: ApiError; retry: () => void }>();
// @ts-expect-error categories are ApiErrorCategory values
<ApiErrorBoundary categories={['servers']} />;

import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { CATEGORY_PRESENTATION } from '../../src/react/presentation.js';
import { useApiError } from '../../src/react/useApiError.js';
import { API_ERROR_CATEGORIES } from '../../src/model/types.js';
import { apiError } from './fixtures.js';

const NOW = Date.parse('2025-01-15T12:00:00.000Z');

describe('useApiError', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives empty texts for null', () => {
    const { result } = renderHook(() => useApiError(null));
    expect(result.current.error).toBeNull();
    expect(result.current.title).toBe('');
    expect(result.current.message).toBe('');
    expect(result.current.secondsLeft).toBe(0);
    expect(() => {
      result.current.retry();
    }).not.toThrow();
  });

  it('titles and explains an error in English without a provider', () => {
    const { result } = renderHook(() => useApiError(apiError()));
    expect(result.current.title).toBe('Server problem');
    expect(result.current.message).toMatch(/not something you did/);
    expect(result.current.dir).toBe('ltr');
    expect(result.current.canRetry).toBe(true);
  });

  it('never shows a 5xx server message but shows a 4xx one', () => {
    const server = renderHook(() => useApiError(apiError({ serverMessage: 'SQLSTATE[42S02] table wp_x' })));
    expect(server.result.current.serverMessage).toBe('');
    const request = renderHook(() =>
      useApiError(apiError({ category: 'request', code: 'VALIDATION_ERROR', status: 422, serverMessage: 'Email is taken' })),
    );
    expect(request.result.current.serverMessage).toBe('Email is taken');
  });

  it('counts secondsLeft down once a second to retryAt', () => {
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', retryAt: NOW + 3000 });
    const { result } = renderHook(() => useApiError(error));
    expect(result.current.secondsLeft).toBe(3);
    expect(result.current.canRetry).toBe(false);
    act(() => vi.advanceTimersByTime(1005));
    expect(result.current.secondsLeft).toBe(2);
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current.secondsLeft).toBe(0);
    expect(result.current.canRetry).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses a query result: its error and its refetch', () => {
    const refetch = vi.fn();
    const query = { error: apiError(), refetch, status: 'error' };
    const { result } = renderHook(() => useApiError(query));
    expect(result.current.title).toBe('Server problem');
    result.current.retry();
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('uses a mutation result: its reset', () => {
    const reset = vi.fn();
    const mutation = { error: apiError(), reset, mutate: vi.fn() };
    const { result } = renderHook(() => useApiError(mutation));
    result.current.retry();
    expect(reset).toHaveBeenCalledTimes(1);
  });

  it('presents nothing for a cancelled request', () => {
    const { result } = renderHook(() => useApiError(apiError({ category: 'cancelled', code: 'CANCELLED' })));
    expect(result.current.error).toBeNull();
    expect(result.current.title).toBe('');
  });

  it('reports once per distinct error, and survives a throwing reporter', () => {
    const onReport = vi.fn(() => {
      throw new Error('reporter down');
    });
    const wrapper = ({ children }: { children: ReactNode }) => <ApiErrorProvider onReport={onReport}>{children}</ApiErrorProvider>;
    const error = apiError();
    const { rerender } = renderHook(({ e }) => [useApiError(e), useApiError(e)], { wrapper, initialProps: { e: error } });
    rerender({ e: error });
    rerender({ e: error });
    expect(onReport).toHaveBeenCalledTimes(1);
    rerender({ e: apiError({ code: 'BAD_GATEWAY' }) });
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('relogin restores the session through the provider, then retries', async () => {
    const refreshSession = vi.fn(async () => true);
    const onRetry = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiErrorProvider refreshSession={refreshSession}>{children}</ApiErrorProvider>
    );
    const { result } = renderHook(() => useApiError(apiError({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401 }), { onRetry }), { wrapper });
    await act(async () => result.current.relogin());
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has a presentation row for every category', () => {
    for (const category of API_ERROR_CATEGORIES) expect(CATEGORY_PRESENTATION[category]).toBeDefined();
    expect(CATEGORY_PRESENTATION.server.showServerMessage).toBe(false);
    expect(CATEGORY_PRESENTATION.authentication.role).toBe('alert');
    expect(CATEGORY_PRESENTATION.rate_limit.role).toBe('status');
  });

  it('normalizes raw input without crashing', () => {
    for (const input of ['boom', 42, new Error('x'), { status: 503 }, Object.create(null), [1, 2]]) {
      const { result } = renderHook(() => useApiError(input));
      expect(typeof result.current.title).toBe('string');
    }
  });
});

import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBannerFallback } from '../../src/react/ApiErrorBannerFallback.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import type { ApiError } from '../../src/model/types.js';
import { apiError } from './fixtures.js';

// React logs every caught render error; these tests expect that output.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Throws the error until `fixed` says otherwise, like a screen whose request fails once. */
function Screen({ error, fixed }: { error: ApiError; fixed: () => boolean }) {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a render may fail with an already normalized ApiError
  if (!fixed()) throw error;
  return <p>Screen loaded</p>;
}

describe('the default fallback of ApiErrorBoundary', () => {
  it('says what failed, shows the server text of a request error as text, and offers no retry it cannot keep', () => {
    const error = apiError({ category: 'request', code: 'VALIDATION_ERROR', status: 422, serverMessage: '<b>Name</b> is taken' });
    render(
      <ApiErrorBoundary>
        <Screen error={error} fixed={() => false} />
      </ApiErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Entries not accepted');
    expect(alert).toHaveTextContent('<b>Name</b> is taken');
    expect(alert.querySelector('b')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('signs in again through the provider, then renders the screen again', async () => {
    let signedIn = false;
    const requestLogin = vi.fn(() => {
      signedIn = true;
      return Promise.resolve(true);
    });
    render(
      <ApiErrorProvider requestLogin={requestLogin}>
        <ApiErrorBoundary>
          <Screen error={apiError({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401 })} fixed={() => signedIn} />
        </ApiErrorBoundary>
      </ApiErrorProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
      await Promise.resolve();
    });
    expect(requestLogin).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Screen loaded')).toBeInTheDocument();
  });

  it('waits for retryAt before it lets the person retry', () => {
    vi.useFakeTimers({ now: Date.UTC(2025, 0, 15, 12, 0, 0) });
    try {
      const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: Date.now() + 3000 });
      render(
        <ApiErrorBoundary>
          <Screen error={error} fixed={() => false} />
        </ApiErrorBoundary>,
      );
      expect(screen.getByRole('button', { name: 'Try again' })).toBeDisabled();
      act(() => {
        vi.advanceTimersByTime(4000);
      });
      expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the request id as the support reference', () => {
    render(
      <ApiErrorBoundary>
        <Screen error={apiError({ category: 'server', code: 'INTERNAL_ERROR', status: 500, requestId: 'req_42' })} fixed={() => false} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('req_42')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('ApiErrorBannerFallback', () => {
  it('is the full banner with its support dialog opener, and its retry resets the boundary', () => {
    let fixed = false;
    render(
      <ApiErrorBoundary fallback={ApiErrorBannerFallback}>
        <Screen error={apiError({ requestId: 'req_7' })} fixed={() => fixed} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByRole('button', { name: /support|help|contact/i })).toBeInTheDocument();
    fixed = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Screen loaded')).toBeInTheDocument();
  });
});

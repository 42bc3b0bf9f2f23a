import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { ApiErrorBannerFallback } from '../../src/react/ApiErrorBannerFallback.js';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';

// The seed's own row: `api_key_expired | 401 | The API key has expired | Generate a new key in the dashboard`.
const keyExpired = () =>
  new ApiResponseError({
    status: 401,
    headers: new Headers({ 'content-type': 'application/json' }),
    body: { error: { code: 'api_key_expired', message: 'The API key has expired' }, request_id: 'req_key_1' },
  });

describe("an expired API key is the app's credential, not the person's session", () => {
  it('the banner offers help, not "Sign in again"', () => {
    const error = normalizeApiError(keyExpired());
    expect(error).toMatchObject({ category: 'authentication', code: 'API_KEY_EXPIRED' });
    render(
      <ApiErrorProvider refreshSession={async () => true} requestLogin={async () => true}>
        <ApiErrorBanner error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByText('Access key expired')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();
  });

  it('a query failing with it asks for no refresh and no sign-in: the screen shows it with help', async () => {
    // The boundary catching it is the point; React logs what a boundary catches.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let refreshes = 0;
    let logins = 0;
    const client = new QueryClient();
    installApiErrorHandling(client);
    function Orders() {
      useQuery({ queryKey: ['orders'], queryFn: () => Promise.reject(keyExpired()), retry: false });
      return <p>orders</p>;
    }
    render(
      <ApiErrorProvider
        refreshSession={async () => { refreshes += 1; return true; }}
        requestLogin={async () => { logins += 1; return true; }}
      >
        <QueryClientProvider client={client}>
          <ApiErrorQueryBridge />
          <ApiErrorBoundary fallback={ApiErrorBannerFallback}>
            <Orders />
          </ApiErrorBoundary>
        </QueryClientProvider>
      </ApiErrorProvider>,
    );
    expect(await screen.findByText('Access key expired')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(/session has ended/i)).toBeNull();
    expect(refreshes).toBe(0);
    expect(logins).toBe(0);
  });
});

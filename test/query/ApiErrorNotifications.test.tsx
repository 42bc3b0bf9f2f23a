import { QueryClient, QueryClientProvider, onlineManager, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { apiFetch } from './http.js';

let healthy = true;
let statsCalls = 0;
const server = setupServer(
  http.get('http://api.test/stats/:id', ({ params }) => {
    statsCalls += 1;
    return healthy ? HttpResponse.json({ id: params.id }) : HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE' } }, { status: 503 });
  }),
);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  healthy = true;
  statsCalls = 0;
  onlineManager.setOnline(true);
});
afterAll(() => {
  server.close();
});

function Stat({ id }: { id: string }) {
  const query = useQuery({ queryKey: ['stat', id], queryFn: () => apiFetch<{ id: string }>(`http://api.test/stats/${id}`), retry: false });
  return <p>stat {query.data?.id ?? 'loading'}</p>;
}

function App({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <StrictMode>
      <ApiErrorProvider>
        <QueryClientProvider client={client}>
          <ApiErrorQueryBridge />
          <ApiErrorBoundary>{children}</ApiErrorBoundary>
        </QueryClientProvider>
      </ApiErrorProvider>
    </StrictMode>
  );
}

function newClient() {
  const client = new QueryClient();
  installApiErrorHandling(client);
  return client;
}

describe('<ApiErrorNotifications /> with a real QueryClient (StrictMode)', () => {
  it('the region exists before any notice; background failures become one notice with a count', async () => {
    const client = newClient();
    render(
      <App client={client}>
        <Stat id="a" />
        <Stat id="b" />
        <Stat id="c" />
      </App>,
    );
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region.querySelectorAll('li')).toHaveLength(0);
    expect(region).toHaveTextContent('');
    await screen.findByText('stat c');
    healthy = false;
    await act(() => client.refetchQueries());
    await waitFor(() => {
      expect(region).toHaveTextContent('3 times');
    });
    expect(region.querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByText('stat a')).toBeInTheDocument(); // the data stays on screen

    healthy = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(region.querySelectorAll('li')).toHaveLength(0);
    });
    expect(statsCalls).toBe(9); // 3 loads, 3 failed refetches, 3 retried by the notice
  });

  it('a failed first load goes to the ApiErrorBoundary, not the region', async () => {
    // React reports every error a boundary catches on console.error in development: expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    healthy = false;
    const client = newClient();
    render(
      <App client={client}>
        <Stat id="x" />
      </App>,
    );
    const title = await screen.findByText('Temporarily unavailable', { selector: '.raek-banner__title' });
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region).not.toContainElement(title);
    expect(consoleError.mock.calls.every((call) => call.join(' ').includes('error boundary'))).toBe(true);
    expect(region.querySelectorAll('li')).toHaveLength(0);
  });

  it('shows the offline state while the connection is gone', async () => {
    const client = newClient();
    render(<App client={client}>{null}</App>);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    act(() => {
      onlineManager.setOnline(false);
    });
    expect(status).toHaveTextContent("You're offline");
    act(() => {
      onlineManager.setOnline(true);
    });
    expect(status).toHaveTextContent('');
  });

  it('dismiss removes a notice', async () => {
    const client = newClient();
    render(
      <App client={client}>
        <Stat id="d" />
      </App>,
    );
    await screen.findByText('stat d');
    healthy = false;
    await act(() => client.refetchQueries());
    const region = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => {
      expect(region.querySelectorAll('li')).toHaveLength(1);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(region.querySelectorAll('li')).toHaveLength(0);
  });
});

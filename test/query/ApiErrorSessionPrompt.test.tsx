import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { apiFetch } from './http.js';

const api = { token: 'fresh', refreshWorks: true, refreshFixes: true, refreshCalls: 0 };
let clientToken = 'stale';
const server = setupServer(
  http.get('http://api.test/rows/:id', ({ request, params }) =>
    request.headers.get('authorization') === `Bearer ${api.token}`
      ? HttpResponse.json({ id: params.id })
      : HttpResponse.json({ error: { code: 'TOKEN_EXPIRED' } }, { status: 401 }),
  ),
  http.post('http://api.test/auth/refresh', () => {
    api.refreshCalls += 1;
    if (!api.refreshWorks) return new HttpResponse(null, { status: 401 });
    return HttpResponse.json({ token: api.refreshFixes ? api.token : 'useless' });
  }),
);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  Object.assign(api, { token: 'fresh', refreshWorks: true, refreshFixes: true, refreshCalls: 0 });
  clientToken = 'stale';
});
afterAll(() => {
  server.close();
});

async function refreshSession() {
  const response = await fetch('http://api.test/auth/refresh', { method: 'POST' });
  if (!response.ok) return false;
  clientToken = ((await response.json()) as { token: string }).token;
  return true;
}

function Row({ id }: { id: number }) {
  const query = useQuery({
    queryKey: ['row', id],
    queryFn: () => apiFetch<{ id: string }>(`http://api.test/rows/${id}`, { headers: { authorization: `Bearer ${clientToken}` } }),
  });
  return <li>{query.data ? `row ${query.data.id}` : query.isError ? 'row failed' : 'row loading'}</li>;
}

function renderApp(requestLogin: () => Promise<boolean>) {
  const client = new QueryClient();
  installApiErrorHandling(client);
  render(
    <StrictMode>
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
        <QueryClientProvider client={client}>
          <ApiErrorQueryBridge />
          <ul>
            {Array.from({ length: 20 }, (_, i) => (
              <Row key={i} id={i} />
            ))}
          </ul>
        </QueryClientProvider>
      </ApiErrorProvider>
    </StrictMode>,
  );
}

const loadedRows = () => screen.queryAllByText(/^row \d+$/).length;

describe('<ApiErrorSessionPrompt /> through <ApiErrorQueryBridge />', () => {
  it('20 queries failing with 401: one refresh, no prompt, every row loads', async () => {
    renderApp(async () => true);
    await waitFor(() => {
      expect(loadedRows()).toBe(20);
    });
    expect(api.refreshCalls).toBe(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a refresh that fails: one prompt; signing in replays every query', async () => {
    api.refreshWorks = false;
    let logins = 0;
    renderApp(async () => {
      logins += 1;
      clientToken = api.token;
      return true;
    });
    const dialog = await screen.findByRole('dialog');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(api.refreshCalls).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => {
      expect(loadedRows()).toBe(20);
    });
    expect(dialog).not.toBeInTheDocument();
    expect(logins).toBe(1);
    expect(api.refreshCalls).toBe(1);
  });

  it('a refresh that "succeeds" while the server keeps answering 401: one prompt, one refresh', async () => {
    api.refreshFixes = false;
    renderApp(async () => false);
    await screen.findByRole('dialog');
    await waitFor(() => {
      expect(screen.getAllByText('row failed')).toHaveLength(20);
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(api.refreshCalls).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.refreshCalls).toBe(1);
  });

  it('"Not now" keeps the failed work one click away: a notice whose sign-in loads every row', async () => {
    api.refreshWorks = false;
    let logins = 0;
    renderApp(async () => {
      logins += 1;
      clientToken = api.token;
      return true;
    });
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Not a blank screen: the region says the session ended and offers the way back.
    const signIn = await screen.findByRole('button', { name: 'Sign in again' });
    expect(loadedRows()).toBe(0);
    await userEvent.click(signIn);
    await waitFor(() => {
      expect(loadedRows()).toBe(20);
    });
    expect(logins).toBe(1);
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  });
});

import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { useApiError } from '../../src/react/useApiError.js';
import { apiFetch } from './http.js';

let up = false;
const ordersSent: string[] = [];
let signupCalls = 0;
const worker = setupWorker(
  http.get('*/api/report', () => (up ? HttpResponse.json({ total: 7 }) : HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE' } }, { status: 503 }))),
  http.post('*/api/orders', async ({ request }) => {
    const order = (await request.json()) as { email: string };
    ordersSent.push(order.email);
    return ordersSent.length === 1
      ? HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE' } }, { status: 503 })
      : HttpResponse.json({ id: 'o_1', email: order.email }, { status: 201 });
  }),
  http.post('*/api/signup', () => {
    signupCalls += 1;
    return HttpResponse.json({ error: { code: 'VALIDATION_ERROR', message: 'Invalid', details: { field: 'email' } } }, { status: 422 });
  }),
);
beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  worker.stop();
});

function Report() {
  const query = useQuery({ queryKey: ['report'], queryFn: () => apiFetch<{ total: number }>('/api/report'), throwOnError: false, retry: false });
  const { error, title, retry } = useApiError(query);
  if (query.data) return <p>Total {query.data.total}</p>;
  if (!error) return <p>Loading</p>;
  return (
    <div>
      <p data-testid="title">{title}</p>
      <p data-testid="category">{error.category}</p>
      <button type="button" onClick={retry}>
        Retry report
      </button>
    </div>
  );
}

function Signup() {
  const mutation = useMutation({ mutationFn: () => apiFetch('/api/signup', { method: 'POST' }) });
  const { error, title, retry } = useApiError(mutation);
  return (
    <div>
      <button type="button" onClick={() => {
          mutation.mutate();
        }}>
        Sign up
      </button>
      <p data-testid="m-title">{title}</p>
      <p data-testid="m-fields">{Object.keys(error?.fieldErrors ?? {}).join(',')}</p>
      <button type="button" onClick={retry}>
        Reset signup
      </button>
    </div>
  );
}

function SaveOrder() {
  const save = useMutation({
    mutationFn: (order: { email: string }) =>
      apiFetch<{ id: string; email: string }>('/api/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(order) }),
  });
  const { error, retry } = useApiError(save);
  return (
    <div>
      <button type="button" onClick={() => {
          save.mutate({ email: 'ada@example.com' });
        }}>
        Save order
      </button>
      {error ? <p data-testid="o-category">{error.category}</p> : null}
      {save.data ? <p>Saved {save.data.email}</p> : null}
      <button type="button" onClick={retry}>
        Try the order again
      </button>
    </div>
  );
}

function renderWithClient(ui: ReactNode) {
  const client = new QueryClient();
  installApiErrorHandling(client);
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

describe('useApiError with real TanStack Query results (Chromium)', () => {
  it('a mutation that failed for a while (503): retry sends the same order again', async () => {
    const screen = await renderWithClient(<SaveOrder />);
    await screen.getByRole('button', { name: 'Save order' }).click();
    await expect.element(screen.getByTestId('o-category')).toHaveTextContent('server');
    await screen.getByRole('button', { name: 'Try the order again' }).click();
    await expect.element(screen.getByText('Saved ada@example.com')).toBeVisible();
    expect(ordersSent).toEqual(['ada@example.com', 'ada@example.com']);
  });

  it('a query result: its error as the model, its refetch as retry', async () => {
    up = false;
    const screen = await renderWithClient(<Report />);
    await expect.element(screen.getByTestId('category')).toHaveTextContent('server');
    await expect.element(screen.getByTestId('title')).toHaveTextContent('Temporarily unavailable');
    up = true;
    await screen.getByRole('button', { name: 'Retry report' }).click();
    await expect.element(screen.getByText('Total 7')).toBeVisible();
  });

  it('a mutation result: its error with field errors; retry only clears a 422 (sending it again cannot help)', async () => {
    const screen = await renderWithClient(<Signup />);
    await screen.getByRole('button', { name: 'Sign up' }).click();
    await expect.element(screen.getByTestId('m-fields')).toHaveTextContent('email');
    await expect.element(screen.getByTestId('m-title')).toHaveTextContent('Entries not accepted');
    await screen.getByRole('button', { name: 'Reset signup' }).click();
    await expect.element(screen.getByTestId('m-title')).toBeEmptyDOMElement();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signupCalls).toBe(1);
  });
});

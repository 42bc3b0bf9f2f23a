import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, notFound, Outlet, RouterProvider, useLoaderData } from '@tanstack/react-router';
import { describe, expect, inject, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { RouteErrorComponent } from '../../src/tanstack-router.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import type { ApiError } from '../../src/model/types.js';
import { axeViolations } from '../react/axe.js';

const API = inject('integrationApi');

async function getOnce(kind: string, id: string): Promise<{ hits: number }> {
  const response = await fetch(`${API}/once/${kind}/${id}`);
  if (!response.ok) throw await ApiResponseError.fromResponse(response);
  return (await response.json()) as { hits: number };
}

/**
 * Errors TanStack Router's boundary catches are logged in development, by React ("The above
 * error occurred…") and by the router ("Error in route match"). Expected here; nothing else is.
 */
const EXPECTED_LOGS = /The above error occurred|Error in route match/;
function expectRouteWarnings() {
  const spies = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')].map((spy) => spy.mockImplementation(() => undefined));
  return () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' '))).filter((text) => !EXPECTED_LOGS.test(text));
}

async function renderApp(routeOptions: Partial<Parameters<typeof createRoute>[0]>, client = new QueryClient()) {
  const root = createRootRoute({ component: Outlet });
  const order = createRoute({
    getParentRoute: () => root,
    path: '/orders/$id',
    errorComponent: RouteErrorComponent,
    notFoundComponent: RouteErrorComponent,
    ...routeOptions,
  } as Parameters<typeof createRoute>[0]);
  const router = createRouter({ routeTree: root.addChildren([order]), history: createMemoryHistory({ initialEntries: ['/orders/42'] }) });
  const reports: ApiError[] = [];
  const screen = await render(
    <ApiErrorProvider onReport={(error) => reports.push(error)}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiErrorProvider>,
  );
  return { screen, reports };
}

describe('RouteErrorComponent with TanStack Router (Chromium, real HTTP)', () => {
  it('a failing loader: the retry invalidates the router, so the loader runs again', async () => {
    const warnings = expectRouteWarnings();
    const id = crypto.randomUUID();
    const loader = vi.fn(() => getOnce('down', id));
    function Order() {
      const hits = useLoaderData({ strict: false, select: (data: unknown) => (data as { hits: number }).hits });
      return <p>Loaded after {hits} calls</p>;
    }
    const { screen, reports } = await renderApp({ loader, component: Order });
    await expect.element(screen.getByText('Temporarily unavailable')).toBeVisible();
    expect(reports.map((error) => error.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(await axeViolations(screen.container)).toEqual([]);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => loader.mock.calls.length).toBe(2);
    await expect.element(screen.getByText('Loaded after 2 calls')).toBeVisible();
    expect(warnings()).toEqual([]);
  });

  it('notFound() from a loader shows the not-found fallback, with the data the app gave', async () => {
    const warnings = expectRouteWarnings();
    const loader = () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router's documented way
      throw notFound({ data: { error: { code: 'ORDER_NOT_FOUND', message: 'No order 42' } } });
    };
    const { screen, reports } = await renderApp({ loader });
    await expect.element(screen.getByText('Not found')).toBeVisible();
    await expect.element(screen.getByText('No order 42')).toBeVisible();
    expect(reports.map((error) => [error.category, error.sourceCode])).toEqual([['not_found', 'ORDER_NOT_FOUND']]);
    expect(warnings()).toEqual([]);
  });

  it("a suspense query's error: the retry resets TanStack Query's error state, so the query fetches again", async () => {
    const warnings = expectRouteWarnings();
    const id = crypto.randomUUID();
    const queryFn = vi.fn(() => getOnce('down', id));
    function Order() {
      const { data } = useSuspenseQuery({ queryKey: ['order', id], queryFn, retry: false });
      return <p>Loaded after {data.hits} calls</p>;
    }
    const { screen } = await renderApp({ component: Order });
    await expect.element(screen.getByText('Temporarily unavailable')).toBeVisible();
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByText('Loaded after 2 calls')).toBeVisible();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(warnings()).toEqual([]);
  });
});

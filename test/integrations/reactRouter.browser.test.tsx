import { createMemoryRouter, RouterProvider, useLoaderData } from 'react-router';
import { describe, expect, inject, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { RouteErrorBoundary } from '../../src/react-router.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import type { ApiError } from '../../src/model/types.js';
import { axeViolations } from '../react/axe.js';

const API = inject('integrationApi');
const run = () => crypto.randomUUID();

/** Two ways loaders fail: the kit's ApiResponseError (keeps headers) or the raw Response (React Router reads it). */
const throwKit = async (response: Response) => {
  throw await ApiResponseError.fromResponse(response);
};
const throwRaw = (response: Response) => {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's documented way
  throw response;
};

function Order() {
  const { hits } = useLoaderData<{ hits: number }>();
  return <p>Loaded after {hits} calls</p>;
}

async function renderRoute(kind: string, fail: (response: Response) => unknown, errorElement = <RouteErrorBoundary />) {
  const id = run();
  const loader = vi.fn(async () => {
    const response = await fetch(`${API}/once/${kind}/${id}`);
    if (!response.ok) await fail(response);
    return (await response.json()) as { hits: number };
  });
  const reports: ApiError[] = [];
  const router = createMemoryRouter(
    [{ path: '/orders/:id', loader, element: <Order />, errorElement, hydrateFallbackElement: <p>Loading</p> }],
    { initialEntries: ['/orders/42'] },
  );
  const screen = await render(
    <ApiErrorProvider onReport={(error) => reports.push(error)}>
      <RouterProvider router={router} />
    </ApiErrorProvider>,
  );
  return { screen, loader, reports, router };
}

describe('RouteErrorBoundary in a data router (Chromium, real HTTP)', () => {
  it('429 with Retry-After: counts down, and the retry really runs the loader again', async () => {
    const { screen, loader, reports } = await renderRoute('rate', throwKit);
    await expect.element(screen.getByText('Too many requests')).toBeVisible();
    const retry = screen.getByRole('button', { name: /Try again/ });
    await expect.element(retry).toBeDisabled();
    await expect.element(retry, { timeout: 3000 }).toBeEnabled();
    expect(await axeViolations(screen.container)).toEqual([]);
    await retry.click();
    await expect.element(screen.getByText('Loaded after 2 calls')).toBeVisible();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(reports.map((error) => [error.category, error.status])).toEqual([['rate_limit', 429]]);
  });

  it('503 thrown as a raw Response: the body React Router read is normalized; retry revalidates', async () => {
    const { screen, loader, reports } = await renderRoute('down', throwRaw);
    await expect.element(screen.getByText('Temporarily unavailable')).toBeVisible();
    expect(reports[0]).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503, requestId: 'req-503' });
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect.element(screen.getByText('Loaded after 2 calls')).toBeVisible();
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('a problem-details 404 shows its detail; a fallback prop gets the error and a retry that revalidates', async () => {
    const fallback = ({ error, retry }: { error: ApiError; retry: () => void }) => (
      <div>
        <p>{error.category}: {error.serverMessage}</p>
        <button type="button" onClick={retry}>Look again</button>
      </div>
    );
    const { screen, loader } = await renderRoute('missing', throwRaw, <RouteErrorBoundary fallback={fallback} />);
    await expect.element(screen.getByText('not_found: No order 42.')).toBeVisible();
    await screen.getByRole('button', { name: 'Look again' }).click();
    await expect.element(screen.getByText('Loaded after 2 calls')).toBeVisible();
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it("the router's own 404 is not_found, without the router's wording", async () => {
    const router = createMemoryRouter([{ path: '/', element: <p>Home</p>, errorElement: <RouteErrorBoundary /> }], { initialEntries: ['/nowhere'] });
    const screen = await render(<RouterProvider router={router} />);
    await expect.element(screen.getByText('Not found')).toBeVisible();
    expect(screen.container.textContent).not.toMatch(/No route matches/);
  });
});

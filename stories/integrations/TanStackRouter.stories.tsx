import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider, useLoaderData } from '@tanstack/react-router';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { RouteErrorComponent } from '../../src/tanstack-router.js';
import { expectCaught } from '../expectedErrors.js';
import { findRetryButton } from '../findRetryButton.js';

function Order() {
  const calls = useLoaderData({ strict: false, select: (loaded: unknown) => (loaded as { calls: number }).calls });
  return <p>Order 42 loaded (loader ran {calls} times)</p>;
}

/** A route whose loader fails once with a 429 (Retry-After: 2 s), then loads. */
function TanStackDemo() {
  const [router] = useState(() => {
    let calls = 0;
    const root = createRootRoute({ component: Outlet });
    const order = createRoute({
      getParentRoute: () => root,
      path: '/orders/$id',
      loader: () => {
        calls += 1;
        if (calls === 1) {
          throw expectCaught(new ApiResponseError({ status: 429, headers: new Headers({ 'retry-after': '2' }), body: { error: { code: 'RATE_LIMITED' } } }));
        }
        return { calls };
      },
      component: Order,
      errorComponent: RouteErrorComponent,
    });
    return createRouter({ routeTree: root.addChildren([order]), history: createMemoryHistory({ initialEntries: ['/orders/42'] }) });
  });
  return <RouterProvider router={router} />;
}

/** `RouteErrorComponent` as a TanStack Router route's `errorComponent`: the countdown, then a retry that reloads. */
const meta = {
  title: 'Integrations/TanStack Router',
  component: TanStackDemo,
} satisfies Meta<typeof TanStackDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RateLimitedThenRetry: Story = {
  name: 'Loader rate limited, retry after the wait',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const retry = await findRetryButton(canvasElement, globals);
    await expect(retry).toBeDisabled();
    await waitFor(() => expect(retry).toBeEnabled(), { timeout: 4000 });
    await userEvent.click(retry);
    await expect(await canvas.findByText('Order 42 loaded (loader ran 2 times)')).toBeVisible();
  },
};

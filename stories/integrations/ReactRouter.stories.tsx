import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createMemoryRouter, data, RouterProvider, useLoaderData } from 'react-router';
import { expect, within } from 'storybook/test';
import { translatorFor } from '../exampleArgs.js';
import { RouteErrorBoundary } from '../../src/react-router.js';
import { findRetryButton } from '../findRetryButton.js';

/** A route whose loader fails once with `status`, then loads: what a person sees, and that retry reloads. */
function RouterDemo({ status }: { status: number }) {
  const [router] = useState(() => {
    let calls = 0;
    return createMemoryRouter(
      [
        {
          path: '/orders/:id',
          loader: () => {
            calls += 1;
            if (calls === 1) {
              // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's documented way
              throw data({ error: { code: status === 404 ? 'ORDER_NOT_FOUND' : 'SERVICE_UNAVAILABLE', message: 'Order service said no' } }, { status });
            }
            return { calls };
          },
          element: <Order />,
          errorElement: <RouteErrorBoundary />,
          hydrateFallbackElement: <p>Loading…</p>,
        },
      ],
      { initialEntries: ['/orders/42'] },
    );
  });
  return <RouterProvider router={router} />;
}

function Order() {
  const { calls } = useLoaderData<{ calls: number }>();
  return <p>Order 42 loaded (loader ran {calls} times)</p>;
}

/** `RouteErrorBoundary` as a React Router route's `errorElement`: the kit's fallback for the route's error. */
const meta = {
  title: 'Integrations/React Router',
  component: RouterDemo,
  args: { status: 503 },
} satisfies Meta<typeof RouterDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

// The retry itself (revalidation runs the loader again) is tested in
// test/integrations/reactRouter.browser.test.tsx; here the fallback is shown for review.
export const LoaderFails: Story = {
  name: 'Loader fails (503)',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = translatorFor(globals);
    await expect(await canvas.findByText(t.t('code.SERVICE_UNAVAILABLE.title'))).toBeVisible();
    await expect(await findRetryButton(canvasElement, globals)).toBeEnabled();
  },
};

export const NotFound: Story = {
  name: 'Loader throws a 404',
  args: { status: 404 },
  play: async ({ canvasElement, globals }) => {
    await expect(await within(canvasElement).findByText(translatorFor(globals).t('code.NOT_FOUND.title'))).toBeVisible();
    await expect(canvasElement.querySelector('.raek-banner')).toHaveAttribute('data-category', 'not_found');
  },
};

import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { apiError } from './fixtures.js';

function NewOrder({ send }: { send: () => Promise<string> }) {
  const save = useMutation({ mutationFn: send });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <ApiErrorBanner error={save} />
      <input aria-label="Email" />
      {/* As in the README: the button is disabled while the order is sent, so it drops focus. */}
      <button type="submit" disabled={save.isPending}>
        Save order
      </button>
      {save.data ? <p>{save.data}</p> : null}
    </form>
  );
}

it('a banner that leaves while it holds focus hands it back to where the person was', async () => {
  let calls = 0;
  const send = async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- a normalized ApiError, as an app's fetch wrapper may throw
    if (calls === 1) throw apiError({ category: 'server', code: 'SERVICE_UNAVAILABLE', status: 503, retryable: true });
    return 'Saved';
  };
  const screen = await render(
    <ApiErrorProvider>
      <QueryClientProvider client={new QueryClient()}>
        <NewOrder send={send} />
      </QueryClientProvider>
    </ApiErrorProvider>,
  );
  const saveButton = screen.getByRole('button', { name: 'Save order' });
  await saveButton.click();
  const retry = screen.getByRole('button', { name: 'Try again' });
  await expect.element(retry).toBeVisible();
  // Keyboard: from the Save button back to the banner's retry, then Enter.
  (retry.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(screen.getByText('Saved')).toBeVisible();
  expect(calls).toBe(2);
  await expect.poll(() => document.activeElement).toBe(saveButton.element());
});

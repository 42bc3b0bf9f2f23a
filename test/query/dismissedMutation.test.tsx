import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';

it('"Not now" on a held mutation: no second place offers to send it, so one order is never sent twice', async () => {
  let sent = 0;
  const client = new QueryClient();
  installApiErrorHandling(client);
  function NewOrder() {
    const save = useMutation({
      mutationFn: async () => {
        sent += 1;
        throw new ApiResponseError({ status: 401, headers: new Headers(), body: { error: { code: 'TOKEN_EXPIRED' } } });
      },
    });
    return (
      <button type="button" onClick={() => { save.mutate(); }}>
        Save order
      </button>
    );
  }
  render(
    <ApiErrorProvider refreshSession={async () => false} requestLogin={async () => true}>
      <QueryClientProvider client={client}>
        <ApiErrorQueryBridge />
        <NewOrder />
      </QueryClientProvider>
    </ApiErrorProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Save order' }));
  await screen.findByRole('dialog');
  await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull();
  expect(sent).toBe(1);
});

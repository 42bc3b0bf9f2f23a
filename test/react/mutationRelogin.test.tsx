import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';

it('a mutation that failed with 401: after signing in, the prompt sends the same order again', async () => {
  const sent: string[] = [];
  let signedIn = false;
  const send = async (order: { email: string }) => {
    sent.push(order.email);
    if (!signedIn) throw new ApiResponseError({ status: 401, headers: new Headers(), body: { error: { code: 'TOKEN_EXPIRED' } } });
    return `Saved ${order.email}`;
  };
  function NewOrder() {
    const save = useMutation({ mutationFn: send });
    return (
      <>
        <button type="button" onClick={() => { save.mutate({ email: 'ada@example.com' }); }}>
          Save order
        </button>
        <ReloginPrompt error={save} />
        {save.data ? <p>{save.data}</p> : null}
      </>
    );
  }
  render(
    <ApiErrorProvider
      requestLogin={async () => {
        signedIn = true;
        return true;
      }}
    >
      <QueryClientProvider client={new QueryClient()}>
        <NewOrder />
      </QueryClientProvider>
    </ApiErrorProvider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Save order' }));
  await screen.findByRole('dialog');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
  await waitFor(() => {
    expect(screen.getByText('Saved ada@example.com')).toBeInTheDocument();
  });
  expect(sent).toEqual(['ada@example.com', 'ada@example.com']);
});

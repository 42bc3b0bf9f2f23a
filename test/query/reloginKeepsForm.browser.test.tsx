import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { ApiErrorQueryBridge } from '../../src/query/ApiErrorQueryBridge.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { apiFetch } from './http.js';

// The server: the session expires while the person writes; the silent refresh no longer works.
const api = { token: 'first', notes: [] as unknown[], refreshCalls: 0 };
let clientToken = 'first';
const authorized = (request: Request) => request.headers.get('authorization') === `Bearer ${api.token}`;
const expired = () => HttpResponse.json({ error: { code: 'TOKEN_EXPIRED', message: 'Session expired' } }, { status: 401 });

const worker = setupWorker(
  http.get('*/api/profile', ({ request }) => (authorized(request) ? HttpResponse.json({ name: 'Ada' }) : expired())),
  http.post('*/api/notes', async ({ request }) => {
    if (!authorized(request)) return expired();
    api.notes.push(await request.json());
    return HttpResponse.json({ ok: true });
  }),
  http.post('*/api/auth/refresh', () => {
    api.refreshCalls += 1;
    return HttpResponse.json({ error: { code: 'REFRESH_TOKEN_EXPIRED' } }, { status: 401 });
  }),
);

beforeAll(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterAll(() => {
  worker.stop();
});
beforeEach(() => {
  Object.assign(api, { token: 'first', notes: [], refreshCalls: 0 });
  clientToken = 'first';
});

const auth = () => ({ authorization: `Bearer ${clientToken}`, 'content-type': 'application/json' });

function NoteForm() {
  const profile = useQuery({ queryKey: ['profile'], queryFn: () => apiFetch<{ name: string }>('/api/profile', { headers: auth() }) });
  const save = useMutation({
    mutationFn: (note: { text: string }) => apiFetch('/api/notes', { method: 'POST', headers: auth(), body: JSON.stringify(note) }),
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const text = new FormData(event.currentTarget).get('text');
        save.mutate({ text: typeof text === 'string' ? text : '' });
      }}
    >
      <p>Hello {profile.data?.name ?? '…'}</p>
      <label>
        Note <textarea name="text" />
      </label>
      <button type="submit">Save</button>
      {save.isSuccess && <p>Saved</p>}
    </form>
  );
}

async function refreshSession() {
  const response = await fetch('/api/auth/refresh', { method: 'POST' });
  return response.ok;
}

describe('re-login over a form (Chromium)', () => {
  it('the typed text survives the re-login, and the failed save is sent again with it', async () => {
    const client = new QueryClient();
    installApiErrorHandling(client);
    let logins = 0;
    const requestLogin = async () => {
      logins += 1;
      clientToken = api.token; // the app's own login form did its work
      return true;
    };
    const screen = await render(
      <ApiErrorProvider refreshSession={refreshSession} requestLogin={requestLogin}>
        <QueryClientProvider client={client}>
          <ApiErrorQueryBridge />
          <NoteForm />
        </QueryClientProvider>
      </ApiErrorProvider>,
    );
    await expect.element(screen.getByText('Hello Ada')).toBeVisible();
    const note = screen.getByRole('textbox', { name: 'Note' });
    await note.fill('Half a page of careful writing');

    api.token = 'second'; // the session ends while the person writes
    await screen.getByRole('button', { name: 'Save' }).click();

    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    expect(api.refreshCalls).toBe(1);
    await dialog.getByRole('button', { name: 'Sign in again' }).click();

    await expect.element(screen.getByText('Saved')).toBeVisible();
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(note).toHaveValue('Half a page of careful writing');
    expect(api.notes).toEqual([{ text: 'Half a page of careful writing' }]);
    expect(logins).toBe(1);
    expect(api.refreshCalls).toBe(1);
  });
});

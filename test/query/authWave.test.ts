import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './http.js';
import { setupClient, until } from './harness.js';

// A tiny API: items need the current token; POST /auth/refresh rotates it (when allowed).
const api = {
  token: 'fresh',
  refreshWorks: true,
  refreshFixes: true,
  refreshCalls: 0,
  itemCalls: 0,
  saved: [] as unknown[],
};
let clientToken = 'stale';

const authorized = (request: Request) => request.headers.get('authorization') === `Bearer ${api.token}`;
const expired = () => HttpResponse.json({ error: { code: 'TOKEN_EXPIRED', message: 'Token expired' } }, { status: 401 });

const server = setupServer(
  http.get('http://api.test/items/:id', ({ request, params }) => {
    api.itemCalls += 1;
    return authorized(request) ? HttpResponse.json({ id: params.id }) : expired();
  }),
  http.post('http://api.test/orders', async ({ request }) => {
    if (!authorized(request)) return expired();
    api.saved.push(await request.json());
    return HttpResponse.json({ ok: true });
  }),
  http.post('http://api.test/auth/refresh', () => {
    api.refreshCalls += 1;
    if (!api.refreshWorks) return HttpResponse.json({ error: { code: 'REFRESH_TOKEN_EXPIRED' } }, { status: 401 });
    if (api.refreshFixes) return HttpResponse.json({ token: api.token });
    return HttpResponse.json({ token: 'useless' }); // "succeeds", but the API keeps answering 401
  }),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

// The app's refresh: its own fetch, never a query, so the kit never intercepts it.
async function refreshSession(): Promise<boolean> {
  const response = await fetch('http://api.test/auth/refresh', { method: 'POST' });
  if (!response.ok) return false;
  clientToken = ((await response.json()) as { token: string }).token;
  return true;
}
const getItem = (id: number) => () => apiFetch(`http://api.test/items/${id}`, { headers: { authorization: `Bearer ${clientToken}` } });

function reset(overrides: Partial<typeof api> = {}) {
  Object.assign(api, { token: 'fresh', refreshWorks: true, refreshFixes: true, refreshCalls: 0, itemCalls: 0, saved: [] }, overrides);
  clientToken = 'stale';
}

describe('authentication wave', () => {
  it('20 queries failing with 401 cause exactly one refresh, then all refetch and succeed', async () => {
    reset();
    const t = setupClient({ refreshSession });
    const observers = Array.from({ length: 20 }, (_, i) => t.observe(['item', i], getItem(i)));
    await until(() => observers.every((o) => o.getCurrentResult().isSuccess));
    expect(api.refreshCalls).toBe(1);
    expect(api.itemCalls).toBe(40);
    expect(t.installation.wave.getSnapshot().status).toBe('idle');
    expect(t.installation.notifications.getSnapshot().notices).toHaveLength(0);
    t.dispose();
  });

  it('a refresh that always fails ends in one prompt; after login the same queries replay', async () => {
    reset({ refreshWorks: false });
    let logins = 0;
    const t = setupClient({
      refreshSession,
      requestLogin: async () => {
        logins += 1;
        clientToken = api.token;
        return true;
      },
    });
    const statuses: string[] = [];
    t.installation.wave.subscribe(() => statuses.push(t.installation.wave.getSnapshot().status));
    const observers = Array.from({ length: 20 }, (_, i) => t.observe(['item', i], getItem(i)));
    await until(() => observers.every((o) => o.getCurrentResult().isError));
    await until(() => t.installation.wave.getSnapshot().status === 'needs-login');
    await new Promise((r) => setTimeout(r, 100)); // nothing else happens while the prompt waits
    expect(api.refreshCalls).toBe(1);
    expect(api.itemCalls).toBe(20);
    expect(statuses.filter((s) => s === 'needs-login')).toHaveLength(1);
    expect(t.installation.wave.getSnapshot().error?.category).toBe('authentication');

    // What ReloginPrompt does once requestLogin succeeds.
    expect(await t.session.login()).toBe(true);
    t.installation.wave.replay();
    await until(() => observers.every((o) => o.getCurrentResult().isSuccess));
    expect(logins).toBe(1);
    expect(api.refreshCalls).toBe(1);
    t.dispose();
  });

  it('a refresh that "succeeds" while the server keeps answering 401 ends in one prompt, with one refresh', async () => {
    reset({ refreshFixes: false });
    const t = setupClient({ refreshSession, requestLogin: async () => false });
    const statuses: string[] = [];
    t.installation.wave.subscribe(() => statuses.push(t.installation.wave.getSnapshot().status));
    Array.from({ length: 20 }, (_, i) => t.observe(['item', i], getItem(i)));
    await until(() => t.installation.wave.getSnapshot().status === 'needs-login');
    await new Promise((r) => setTimeout(r, 300)); // no storm follows
    expect(api.refreshCalls).toBe(1);
    // Each query: its first try, and at most one replay (a straggler that fails after the prompt
    // opened waits for the sign-in instead).
    expect(api.itemCalls).toBeGreaterThan(20);
    expect(api.itemCalls).toBeLessThanOrEqual(40);
    expect(statuses.filter((s) => s === 'needs-login')).toHaveLength(1);
    t.dispose();
  });

  it('a failed mutation is sent again with its original variables after the refresh', async () => {
    reset();
    const t = setupClient({ refreshSession });
    const order = { sku: 'A-1', quantity: 2 };
    const mutation = t.mutation((variables: typeof order) =>
      apiFetch('http://api.test/orders', {
        method: 'POST',
        headers: { authorization: `Bearer ${clientToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(variables),
      }),
    );
    await mutation.mutate(order).catch(() => undefined);
    await until(() => mutation.getCurrentResult().isSuccess);
    expect(api.saved).toEqual([order]);
    expect(api.refreshCalls).toBe(1);
    t.dispose();
  });

  it('the refresh request itself, made as a query marked auth: refresh, is never intercepted', async () => {
    reset({ refreshWorks: false });
    const t = setupClient({ refreshSession });
    const observer = t.observe(['refresh'], () => apiFetch('http://api.test/auth/refresh', { method: 'POST' }), {
      meta: { apiError: { auth: 'refresh' } },
    });
    await until(() => observer.getCurrentResult().isError);
    await new Promise((r) => setTimeout(r, 50));
    expect(api.refreshCalls).toBe(1);
    expect(t.installation.wave.getSnapshot().status).toBe('idle');
    t.dispose();
  });

  it('without any session handler, a 401 is an ordinary error: boundary on first load, no wave', async () => {
    reset();
    const t = setupClient();
    const observer = t.observe(['item', 1], getItem(1));
    await until(() => observer.getCurrentResult().isError);
    const throwOnError = t.client.getDefaultOptions().queries?.throwOnError as (e: Error, q: unknown) => boolean;
    const query = t.client.getQueryCache().find({ queryKey: ['item', 1] })!;
    expect(throwOnError(observer.getCurrentResult().error!, query)).toBe(true);
    expect(t.installation.wave.getSnapshot().status).toBe('idle');
    expect(api.refreshCalls).toBe(0);
    expect(api.itemCalls).toBe(1); // authentication is never retried
    t.dispose();
  });
});

import { QueryClient, onlineManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiErrorQueryClient } from '../../src/query/createApiErrorQueryClient.js';
import { getQueryInstallation } from '../../src/query/getQueryInstallation.js';
import { installApiErrorHandling } from '../../src/query/installApiErrorHandling.js';
import { apiFetch } from './http.js';
import { setupClient, until } from './harness.js';

const hits = new Map<string, number[]>();
const hit = (key: string) => {
  const list = hits.get(key) ?? [];
  list.push(Date.now());
  hits.set(key, list);
  return list.length;
};
let healthy = true;

const server = setupServer(
  http.get('http://api.test/stats', () => {
    hit('stats');
    return healthy ? HttpResponse.json({ n: 1 }) : HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE' } }, { status: 503 });
  }),
  http.get('http://api.test/limited', () =>
    hit('limited') === 1
      ? HttpResponse.json({ error: { code: 'RATE_LIMIT_EXCEEDED' } }, { status: 429, headers: { 'Retry-After': '2' } })
      : HttpResponse.json({ ok: true }),
  ),
  http.post('http://api.test/notes', async ({ request }) => {
    hit('notes');
    return HttpResponse.json(await request.json());
  }),
  http.post('http://api.test/flaky', () => (hit('flaky') < 3 ? new HttpResponse('oops', { status: 502 }) : HttpResponse.json({ ok: true }))),
);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  hits.clear();
  healthy = true;
  onlineManager.setOnline(true);
});
afterAll(() => {
  server.close();
});

const stats = () => apiFetch('http://api.test/stats');

describe('installApiErrorHandling', () => {
  it('a failed first load goes to the boundary (throwOnError), a failed background refetch to one notice', async () => {
    const t = setupClient();
    const throwOnError = t.client.getDefaultOptions().queries?.throwOnError as (e: Error, q: unknown) => boolean;
    healthy = false;
    const first = t.observe(['first'], stats, { retry: false });
    await until(() => first.getCurrentResult().isError);
    const firstQuery = t.client.getQueryCache().find({ queryKey: ['first'] })!;
    expect(throwOnError(first.getCurrentResult().error!, firstQuery)).toBe(true);
    expect(t.installation.notifications.getSnapshot().notices).toHaveLength(0);

    healthy = true;
    const shown = ['a', 'b', 'c'].map((k) => t.observe([k], stats, { retry: false }));
    await until(() => shown.every((o) => o.getCurrentResult().isSuccess));
    healthy = false;
    await Promise.all(shown.map((o) => o.refetch()));
    const bg = t.client.getQueryCache().find({ queryKey: ['a'] })!;
    expect(throwOnError(shown[0]!.getCurrentResult().error!, bg)).toBe(false); // data stays on screen
    const { notices } = t.installation.notifications.getSnapshot();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ count: 3, error: { code: 'SERVICE_UNAVAILABLE', status: 503 } });
    t.dispose();
  });

  it('meta opts out (silent) or adds context, typed through Register', async () => {
    const t = setupClient();
    const quiet = t.observe(['quiet'], stats, { retry: false, meta: { apiError: { silent: true } } });
    const loud = t.observe(['loud'], stats, { retry: false, meta: { apiError: { notify: true, context: 'Loading stats' } } });
    await until(() => quiet.getCurrentResult().isSuccess && loud.getCurrentResult().isSuccess);
    healthy = false;
    await Promise.all([quiet.refetch(), loud.refetch()]);
    const { notices } = t.installation.notifications.getSnapshot();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.context).toBe('Loading stats');
    const throwOnError = t.client.getDefaultOptions().queries?.throwOnError as (e: Error, q: unknown) => boolean;
    const quietQuery = t.client.getQueryCache().find({ queryKey: ['quiet'] })!;
    quietQuery.setState({ data: undefined });
    expect(throwOnError(new Error('x'), quietQuery)).toBe(false);
    t.dispose();
  });

  it('a 429 with Retry-After: 2 is not retried before 2 s', async () => {
    const t = setupClient();
    const observer = t.observe(['limited'], () => apiFetch('http://api.test/limited'));
    await until(() => observer.getCurrentResult().isSuccess, 6_000);
    const [first, second] = hits.get('limited')!;
    expect(second! - first!).toBeGreaterThanOrEqual(1_990); // 2 s after the 429, less timer granularity
    t.dispose();
  }, 15_000);

  it('failed mutations reach the region only when asked (notifyMutations or meta.notify)', async () => {
    const t = setupClient();
    const plain = t.mutation(() => apiFetch('http://api.test/flaky', { method: 'POST' }));
    await plain.mutate(undefined).catch(() => undefined);
    expect(t.installation.notifications.getSnapshot().notices).toHaveLength(0);
    const told = t.mutation(() => apiFetch('http://api.test/flaky', { method: 'POST' }), { meta: { apiError: { notify: true } } });
    await told.mutate(undefined).catch(() => undefined);
    expect(t.installation.notifications.getSnapshot().notices.map((n) => n.error.status)).toEqual([502]);
    t.dispose();
  });

  it('mutations are not retried, unless meta marks them safe', async () => {
    const t = setupClient();
    const unsafe = t.mutation(() => apiFetch('http://api.test/flaky', { method: 'POST' }), { retryDelay: 1 });
    await unsafe.mutate(undefined).catch(() => undefined);
    expect(hits.get('flaky')).toHaveLength(1);
    hits.clear();
    const safe = t.mutation(() => apiFetch('http://api.test/flaky', { method: 'POST' }), { retryDelay: 1, meta: { apiError: { retry: true } } });
    await safe.mutate(undefined);
    expect(hits.get('flaky')).toHaveLength(3);
    expect(safe.getCurrentResult().isSuccess).toBe(true);
    t.dispose();
  });

  it('offline: a notice while offline; a mutation made offline is sent once the connection returns', async () => {
    const t = setupClient();
    onlineManager.setOnline(false);
    expect(t.installation.notifications.getSnapshot().offline).toBe(true);
    const note = { text: 'written on a train' };
    const mutation = t.mutation((v: typeof note) =>
      apiFetch('http://api.test/notes', { method: 'POST', body: JSON.stringify(v), headers: { 'content-type': 'application/json' } }),
    );
    const sent = mutation.mutate(note);
    await until(() => mutation.getCurrentResult().isPaused);
    await new Promise((r) => setTimeout(r, 50));
    expect(hits.get('notes')).toBeUndefined();
    onlineManager.setOnline(true);
    expect(await sent).toEqual(note);
    expect(hits.get('notes')).toHaveLength(1);
    expect(t.installation.notifications.getSnapshot().offline).toBe(false);
    t.dispose();
  });

  it('installing twice (StrictMode effects) keeps one set of listeners; the last uninstall restores the defaults', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
    const a = installApiErrorHandling(client);
    const b = installApiErrorHandling(client);
    a();
    a(); // calling an uninstall twice is harmless
    expect(client.getDefaultOptions().queries?.retry).toBe(1); // the app's own default wins
    client.mount();
    await client.query({ queryKey: ['s'], queryFn: stats });
    healthy = false;
    await client.refetchQueries({ queryKey: ['s'] });
    expect(hits.get('stats')).toHaveLength(3); // the load, then the refetch and its one retry (retry: 1)
    const { notices } = getQueryInstallation(client).notifications.getSnapshot();
    expect(notices.map((n) => n.count)).toEqual([1]); // one listener: one failure, counted once
    b();
    expect(client.getDefaultOptions().queries?.throwOnError).toBeUndefined();
    client.unmount();
  });

  it('createApiErrorQueryClient: the one-liner; the app throwOnError default decides over the data rule', async () => {
    const client = createApiErrorQueryClient({ defaultOptions: { queries: { throwOnError: (error) => error.message === 'loud' } } });
    const throwOnError = client.getDefaultOptions().queries?.throwOnError as (e: Error, q: unknown) => boolean;
    expect(client.getDefaultOptions().queries?.retry).toBeTypeOf('function');
    client.mount();
    healthy = false;
    await client.query({ queryKey: ['t'], queryFn: stats, retry: false }).catch(() => undefined);
    const query = client.getQueryCache().find({ queryKey: ['t'] })!;
    expect(throwOnError(new Error('quiet'), query)).toBe(false);
    expect(throwOnError(new Error('loud'), query)).toBe(true);
    client.unmount();
  });
});

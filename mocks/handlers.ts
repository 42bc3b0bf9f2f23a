import { http, HttpResponse, type HttpHandler } from 'msw';
import { createMockApi, type MockApi } from './mockApi.js';
import type { MockReply } from './reply.js';

/** MSW's answer for a mock reply: a real Response, or a network error (what offline looks like to fetch). */
export function toHttpResponse(reply: MockReply): Response {
  if (reply.kind === 'network-error') return HttpResponse.error();
  return new HttpResponse(reply.body, { status: reply.status, headers: reply.headers });
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * MSW handlers for the mock API. `*` in front keeps them matching absolute URLs, which is
 * what requests are in the browser and what MSW needs in Node (no `location` there).
 * Pass one api to share its state (tokens, rate-limit window, offline) across handler sets.
 */
export function createHandlers(api: MockApi = createMockApi()): HttpHandler[] {
  return [
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      const reply = api.handle({
        method: request.method,
        url: url.pathname + url.search,
        header: (name) => request.headers.get(name),
        body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await readJson(request),
      });
      // Not ours: let MSW fall through to the next handler or the network.
      return reply ? toHttpResponse(reply) : undefined;
    }),
  ];
}

/** Default handlers with a fresh state each call. */
export const handlers = (): HttpHandler[] => createHandlers();

import axios from 'axios';
import ky from 'ky';
import { describe, expect, inject, it } from 'vitest';
import { readJsonOrThrow } from '../../src/model/http/readJsonOrThrow.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import type { ApiError } from '../../src/model/types.js';
import { HTTP_CASES } from './cases.js';

// Cross-origin on purpose: the page is served by vitest, the answers by the matrix server.
const { base, closedBase } = inject('clientServer');
const caseUrl = (name: string, cors: 'expose' | 'plain' | 'none'): string => `${base}/case/${HTTP_CASES.findIndex((c) => c.row.name === name)}?cors=${cors}`;

type BrowserClient = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** fetch, axios and ky in Chromium, each the way its docs show; what they throw is handed to the model. */
const CLIENTS: Readonly<Record<string, BrowserClient>> = {
  fetch: async (url, signal) => readJsonOrThrow(await fetch(url, { signal })),
  axios: async (url, signal) => (await axios.get(url, { signal, timeout: 2000 })).data,
  ky: (url, signal) => ky.get(url, { signal, retry: 0 }).json(),
};

async function failure(client: BrowserClient, url: string, signal?: AbortSignal): Promise<ApiError> {
  const thrown = await client(url, signal).then(
    () => new Error('the request succeeded'),
    (e: unknown) => e,
  );
  return normalizeApiError(thrown);
}

for (const [name, client] of Object.entries(CLIENTS)) {
  describe(`${name} in Chromium against a cross-origin server`, () => {
    it('with Access-Control-Expose-Headers: header request id and retry time reach the model', async () => {
      const error = await failure(client, caseUrl('500 with x-request-id', 'expose'));
      expect(error).toMatchObject({ category: 'server', status: 500, sourceCode: 'INTERNAL', requestId: 'req-hdr-500' });
      const limited = await failure(client, caseUrl('seed001 429 rate_limit_exceeded', 'expose'));
      expect(limited).toMatchObject({ category: 'rate_limit', status: 429, requestId: 'req_seed11' });
      expect(limited.retryAt! - Date.now()).toBeGreaterThan(55_000);
    });

    it('without it: the browser hides the headers, the body still gives code and field errors', async () => {
      const error = await failure(client, caseUrl('500 with x-request-id', 'plain'));
      expect(error).toMatchObject({ category: 'server', status: 500, sourceCode: 'INTERNAL' });
      expect(error.requestId).toBeUndefined();
      const limited = await failure(client, caseUrl('seed001 429 rate_limit_exceeded', 'plain'));
      expect(limited).toMatchObject({ category: 'rate_limit', status: 429, requestId: 'req_seed11', retryable: true });
      expect(limited.retryAt).toBeUndefined();
      const invalid = await failure(client, caseUrl('seed003 422 VAL_001', 'plain'));
      expect(Object.keys(invalid.fieldErrors).sort()).toEqual(['email', 'name']);
    });

    it('a CORS-blocked answer is a connection failure (the page cannot tell it from a network error)', async () => {
      expect(await failure(client, caseUrl('seed001 401 api_key_expired', 'none'))).toMatchObject({ category: 'connection', retryable: true });
    });

    it('a closed port is a connection failure', async () => {
      const error = await failure(client, `${closedBase}/x`);
      expect(error).toMatchObject({ category: 'connection', retryable: true });
      expect(error.status).toBeUndefined();
    });

    it("an AbortController abort is 'cancelled', never retried", async () => {
      const controller = new AbortController();
      setTimeout(() => {
        controller.abort();
      }, 50);
      expect(await failure(client, `${base}/fault/hang?cors=plain`, controller.signal)).toMatchObject({ category: 'cancelled', code: 'CANCELLED', retryable: false });
    });
  });
}

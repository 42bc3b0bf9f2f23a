import { fetchBaseQuery } from '@reduxjs/toolkit/query';
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import nodeFetch from 'node-fetch';
import { ofetch } from 'ofetch';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';
import redaxios from 'redaxios';
import Stripe from 'stripe';
import superagent from 'superagent';
import wretch from 'wretch';
import { abortAddon } from 'wretch/addons';
import { readJsonOrThrow } from '../../../src/model/http/readJsonOrThrow.js';
import { HTTP_CASES } from '../cases.js';
import { settle, type ClientAdapter, type ClientRequest } from './clientAdapter.js';

/** fetch's own timeout is a signal; the abort case brings the app's signal instead. */
const signalOf = ({ signal, timeoutMs }: ClientRequest): AbortSignal => signal ?? AbortSignal.timeout(timeoutMs);

const split = (url: string): { origin: string; path: string } => {
  const u = new URL(url);
  return { origin: u.origin, path: u.pathname + u.search };
};

// openapi-fetch is typed from an OpenAPI document; this one says "any path answers JSON".
interface LoosePaths {
  [path: `/${string}`]: { get: { parameters: { query?: never }; responses: { 200: { content: { 'application/json': unknown } } } } };
}

type ByDesign = NonNullable<ClientAdapter['byDesign']>;

/** Clients whose documented `.json()` is a plain `response.json()`: a parse failure is a bare SyntaxError. */
const bareJsonParse = (client: string): ByDesign => ({
  '200 php notice success false': {
    reason: `${client}'s .json() throws a bare SyntaxError without the text, so the failure the body reported cannot be read`,
    expect: { category: 'response', code: 'MALFORMED_JSON' },
  },
  truncated: { reason: `${client}'s .json() throws a bare SyntaxError, which carries no status`, expect: { category: 'response', code: 'MALFORMED_JSON', retryable: true } },
});

/** Stripe drops the status (and headers) of an answer that is not JSON: what is left is the page or text itself. */
const stripeStatusless: ByDesign = {
  'nginx 502 bad gateway': { reason: 'Stripe keeps no status for a body that is not JSON: an unknown page is an unusable answer', expect: { category: 'response' } },
  'apache 503 with Retry-After': { reason: 'Stripe keeps no status or headers for a body that is not JSON', expect: { category: 'response' } },
  'plain text 401 Unauthorized': { reason: 'Stripe keeps no status for a body that is not JSON', expect: { category: 'response' } },
  'cloudflare 429 Retry-After': { reason: 'Stripe keeps no status or headers for a body that is not JSON: the page itself still says rate limit', expect: { category: 'rate_limit', requestId: '7d2f1b2a3c4d5e6f' } },
  'php notice 400 seed003': { reason: 'Stripe keeps no status for a body that is not JSON: the recovered body still gives code and fields', expect: { category: 'request', sourceCode: 'VAL_001', fieldErrors: { email: ['Invalid email'] } } },
  '200 php notice success false': { reason: 'Stripe keeps no status for a body that is not JSON', expect: { category: 'request', sourceCode: 'VAL_001' } },
  truncated: { reason: 'Stripe keeps no status for a body that is not JSON', expect: { category: 'response', code: 'MALFORMED_JSON' } },
  'spring boot 400 binding errors': { reason: "Stripe keeps only the body's `error` member (here a string): the field errors are gone", expect: { category: 'request', status: 400 } },
  'auth0 429 too_many_requests': { reason: "Stripe keeps only the body's `error` member (here a string): errorCode is gone", expect: { category: 'rate_limit', status: 429 } },
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Stripe's SDK raises only for Stripe-shaped bodies ({ error: {...} }); any other answer resolves as data. */
const stripeResolves: ByDesign = Object.fromEntries(
  HTTP_CASES.filter((c) => isRecord(c.row.body) && c.row.body.error === undefined && c.row.status >= 400).map((c) => [
    c.row.name,
    { reason: 'the Stripe SDK raises only for a body with an error object; this answer resolves as data', expect: { how: 'succeeded' } },
  ]),
);

/** The REST clients, each used the way its own documentation shows. */
export const REST_CLIENTS: readonly ClientAdapter[] = [
  {
    name: 'fetch',
    run: (req) => settle(async () => readJsonOrThrow(await fetch(req.url, { signal: signalOf(req) }))),
  },
  {
    name: 'node-fetch',
    // node-fetch's Response is not the global one: its body is a Node stream.
    run: (req) => settle(async () => readJsonOrThrow((await nodeFetch(req.url, { signal: signalOf(req) })) as unknown as Response)),
    byDesign: {
      'hang-timeout': {
        reason: 'node-fetch 3 has no timeout of its own: the documented AbortSignal ends it with its own AbortError, which cannot tell a timeout from an abort',
        expect: { category: 'cancelled' },
      },
    },
  },
  {
    name: 'axios',
    // `silentJSONParsing: false` with responseType 'json' makes a body that is not JSON an error (ERR_BAD_RESPONSE).
    run: (req) =>
      settle(async () => (await axios.get(req.url, { timeout: req.timeoutMs, signal: req.signal, responseType: 'json', transitional: { silentJSONParsing: false } })).data),
  },
  {
    name: 'ky',
    byDesign: bareJsonParse('ky'),
    run: (req) => settle(() => ky.get(req.url, { timeout: req.timeoutMs, signal: req.signal, retry: 0 }).json()),
  },
  {
    name: 'ofetch',
    byDesign: {
      truncated: { reason: 'ofetch parses with destr, which hands back the text of a body that is not JSON', expect: { how: 'succeeded', valueType: 'string' } },
    },
    run: (req) => settle(() => ofetch(req.url, { timeout: req.timeoutMs, signal: req.signal, retry: 0, responseType: 'json' })),
  },
  {
    name: 'got',
    run: (req) => settle(() => got(req.url, { timeout: { request: req.timeoutMs }, signal: req.signal, retry: { limit: 0 } }).json()),
  },
  {
    name: 'superagent',
    run: (req) =>
      settle(async () => {
        const request = superagent.get(req.url).timeout(req.timeoutMs);
        req.signal?.addEventListener('abort', () => { request.abort(); }, { once: true });
        const response = await request;
        // A content type superagent does not parse leaves `body` as {} and the text in `text`.
        return Object.keys(response.body as object).length > 0 ? (response.body as unknown) : response.text;
      }),
  },
  {
    name: 'wretch',
    byDesign: {
      ...bareJsonParse('wretch'),
      'hang-timeout': {
        reason: "the abort addon's setTimeout aborts the controller without a reason: a timeout reads as an abort (AbortSignal.timeout in options keeps it a TimeoutError)",
        expect: { category: 'cancelled' },
      },
    },
    run: (req) =>
      settle(() => {
        const controller = new AbortController();
        req.signal?.addEventListener('abort', () => { controller.abort(req.signal?.reason); }, { once: true });
        return wretch(req.url).addon(abortAddon()).signal(controller).get().setTimeout(req.timeoutMs, { controller }).json();
      }),
  },
  {
    name: 'redaxios',
    // No timeout or signal option: its documented `fetch` option passes one to fetch.
    run: (req) => settle(async () => (await redaxios.get(req.url, { fetch: (input, init) => fetch(input, { ...init, signal: signalOf(req) }) })).data),
    byDesign: {
      truncated: { reason: 'redaxios swallows the JSON parse error and resolves with the text as data', expect: { how: 'succeeded', valueType: 'string' } },
      ...Object.fromEntries(
        (['reset-mid', 'reset-chunked', 'reset-mid-error'] as const).map((target) => [
          target,
          { reason: 'redaxios swallows a body that fails to read (.catch(Object)) and resolves with data undefined, whatever the status', expect: { how: 'succeeded', valueType: 'undefined' } },
        ]),
      ),
    },
  },
  {
    name: 'RTK Query',
    hidesHeaders: 'fetchBaseQuery returns only { status, data }: headers stay in meta, which the error does not carry',
    byDesign: {
      ...Object.fromEntries(
        (['closed-port', 'self-signed', 'invalid-host'] as const).map((target) => [
          target,
          { reason: 'FETCH_ERROR keeps the thrown error only as a string, so its cause (the Node code) is gone', expect: { category: 'connection', code: 'NETWORK_ERROR' } },
        ]),
      ),
      'cloudflare 429 Retry-After': {
        reason: 'without headers the Ray ID comes from the page text (no colo suffix) and no retry time is left',
        expect: { category: 'rate_limit', status: 429, requestId: '7d2f1b2a3c4d5e6f', retryable: true },
      },
    },
    run: async (req) => {
      const { origin, path } = split(req.url);
      const controller = new AbortController();
      req.signal?.addEventListener('abort', () => { controller.abort(req.signal?.reason); }, { once: true });
      const baseQuery = fetchBaseQuery({ baseUrl: origin, timeout: req.timeoutMs });
      const api = { signal: controller.signal, abort: () => { controller.abort(); }, dispatch: () => undefined, getState: () => ({}), extra: undefined, endpoint: 'matrix', type: 'query' as const };
      try {
        const result = await baseQuery(path, api, {});
        return result.error === undefined ? { how: 'succeeded', value: result.data } : { how: 'reported', value: result.error };
      } catch (thrown) {
        return { how: 'thrown', value: thrown };
      }
    },
  },
  {
    name: 'openapi-fetch',
    byDesign: bareJsonParse('openapi-fetch'),
    run: async (req) => {
      const { origin, path } = split(req.url);
      const client = createClient<LoosePaths>({ baseUrl: origin });
      try {
        const result = await client.GET(path as `/${string}`, { signal: signalOf(req) });
        return result.error === undefined ? { how: 'succeeded', value: result.data } : { how: 'reported', value: result };
      } catch (thrown) {
        return { how: 'thrown', value: thrown };
      }
    },
  },
  {
    name: 'openai',
    byDesign: {
      truncated: bareJsonParse('openai').truncated,
      'spring boot 400 binding errors': {
        reason: "the SDK keeps only the body's `error` member, here the string 'Bad Request': the field errors are gone",
        expect: { category: 'request', status: 400, fieldErrors: {} },
      },
      'auth0 429 too_many_requests': {
        reason: "the SDK keeps only the body's `error` member ('Too Many Requests'): errorCode is gone, the headers still give the time",
        expect: { category: 'rate_limit', status: 429, retryable: true },
      },
    },
    run: (req) => {
      const { origin, path } = split(req.url);
      const client = new OpenAI({ apiKey: 'sk-test', baseURL: origin, maxRetries: 0, timeout: req.timeoutMs });
      return settle(() => client.get(path, { signal: req.signal ?? null }));
    },
  },
  {
    name: 'stripe',
    byDesign: {
      ...stripeResolves,
      'hang-abort': { reason: 'the Stripe SDK takes no AbortSignal: only its own timeout ends a request', expect: { category: 'connection', code: 'CONNECTION_TIMEOUT' } },
      ...stripeStatusless,
      '200 status error seed004': {
        reason: "the SDK keeps only the body's `error` member: the status the body states (404) is gone",
        expect: { category: 'not_found', sourceCode: 'STORE_NOT_FOUND', status: 200 },
      },
    },
    run: (req) => {
      const url = new URL(req.url);
      const stripe = new Stripe('sk_test_matrix', {
        host: url.hostname, port: url.port, protocol: url.protocol === 'https:' ? 'https' : 'http', maxNetworkRetries: 0,
        // No AbortSignal option: where the app would abort, only a short timeout ends the request.
        timeout: req.signal ? 300 : req.timeoutMs,
      });
      return settle(() => stripe.rawRequest('GET', url.pathname + url.search) as Promise<unknown>);
    },
  },
];

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './withAllPacks.js';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import type { ApiErrorCategory } from '../../src/model/types.js';

// The pipeline with the built-in dialects: real vendor payloads, as the acceptance suite feeds them.
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const J = { 'content-type': 'application/json' };
const epoch = (s: number) => String(NOW / 1000 + s);

interface Row {
  readonly name: string;
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  readonly category: ApiErrorCategory;
  readonly retryIn?: number;
  readonly requestId?: string;
  readonly sourceCode?: string;
}

const ROWS: readonly Row[] = [
  { name: 'Stripe rate limit', status: 429, body: { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many' } }, headers: { ...J, 'request-id': 'req_1' }, category: 'rate_limit', requestId: 'req_1', sourceCode: 'rate_limit' },
  { name: 'GitHub primary rate limit (403)', status: 403, body: { message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest' }, headers: { ...J, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(600), 'x-github-request-id': 'GH:1' }, category: 'rate_limit', retryIn: 600, requestId: 'GH:1' },
  { name: 'Google RetryInfo', status: 429, body: { error: { code: 429, message: 'Quota exceeded', status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '30s' }] } }, headers: J, category: 'rate_limit', retryIn: 30, sourceCode: 'RESOURCE_EXHAUSTED' },
  { name: 'Slack 200 ratelimited', status: 200, body: { ok: false, error: 'ratelimited' }, headers: { ...J, 'retry-after': '30' }, category: 'rate_limit', retryIn: 30, sourceCode: 'ratelimited' },
  { name: 'AWS throttling on 400', status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' }, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'aws-1' }, category: 'rate_limit', requestId: 'aws-1' },
  { name: 'Cloudflare HTML 429', status: 429, body: '<!DOCTYPE html><html><body>Error 1015 You are being rate limited</body></html>', headers: { 'content-type': 'text/html', 'retry-after': '60', 'cf-ray': 'ray-1' }, category: 'rate_limit', retryIn: 60, requestId: 'ray-1' },
  { name: 'nginx 503 HTML maintenance', status: 503, body: '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>', headers: { 'content-type': 'text/html', 'retry-after': '120' }, category: 'server', retryIn: 120 },
  { name: 'WooCommerce 401 behind a PHP notice', status: 401, body: '<b>Notice</b>: x<br />{"code":"woocommerce_rest_cannot_view","message":"Sorry","data":{"status":401}}', headers: { 'content-type': 'text/html' }, category: 'authentication', sourceCode: 'woocommerce_rest_cannot_view' },
  { name: 'ordinary 404 with window headers', status: 404, body: { message: 'Not Found' }, headers: { ...J, 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': epoch(3000) }, category: 'not_found' },
];

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('pipeline with built-in dialects', () => {
  it.each(ROWS)('$name', async (row) => {
    const text = typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
    const error = normalizeApiError(await ApiResponseError.fromResponse(new Response(text, { status: row.status, headers: row.headers })));
    expect(error.category).toBe(row.category);
    expect(error.status).toBe(row.status);
    expect(error.retryAt).toBe(row.retryIn === undefined ? undefined : NOW + row.retryIn * 1000);
    expect(error.requestId).toBe(row.requestId);
    if (row.sourceCode) expect(error.sourceCode).toBe(row.sourceCode);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nodeFetch from 'node-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { readJsonOrThrow } from '../../src/model/http/readJsonOrThrow.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';

/** A body that sends one chunk and then fails, as a socket that drops mid-answer does. */
function breakingBody(first: string, failure: Error): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) controller.error(failure);
      else controller.enqueue(new TextEncoder().encode(first));
      sent = true;
    },
  });
}

const reset = () => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
const thrownBy = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('a success body is never repaired into data', () => {
  it('a truncated JSON 200 is a response error, not the fragment the lenient parser finds', async () => {
    const response = new Response('{"data":{"user":{"id":7}},"orders":[{"id":1,"total":12}', { status: 200, headers: { 'content-type': 'application/json' } });
    const thrown = await thrownBy(readJsonOrThrow(response));
    expect(thrown).toBeInstanceOf(ApiResponseError);
    expect(normalizeApiError(thrown)).toMatchObject({ category: 'response', code: 'MALFORMED_JSON', status: 200, retryable: true });
  });

  it('a 2xx failure body behind a PHP notice is still read as the failure it reports', async () => {
    const response = new Response('<b>Notice</b>: x<br />\n{"success":false,"error_code":"VAL_001","errors":{"email":"Invalid"}}', { status: 200 });
    const error = normalizeApiError(await thrownBy(readJsonOrThrow(response)));
    expect(error).toMatchObject({ category: 'request', sourceCode: 'VAL_001', jsonRecovered: true });
    expect(Object.keys(error.fieldErrors)).toEqual(['email']);
  });
});

describe('a body that breaks off mid-stream is a connection failure that keeps its cause', () => {
  it('in readJsonOrThrow', async () => {
    const failure = reset();
    const thrown = await thrownBy(readJsonOrThrow(new Response(breakingBody('{"items":[', failure), { status: 200 })));
    const error = normalizeApiError(thrown);
    expect(error).toMatchObject({ category: 'connection', code: 'CONNECTION_RESET', sourceCode: 'ECONNRESET', retryable: true });
    expect((thrown as Error).cause).toBe(failure);
  });

  it('in fromResponse, for a failure answer', async () => {
    const failure = new TypeError('terminated');
    const thrown = await ApiResponseError.fromResponse(new Response(breakingBody('{"error":{"co', failure), { status: 503 }));
    expect(thrown.cause).toBe(failure);
    expect(normalizeApiError(thrown)).toMatchObject({ category: 'connection', retryable: true });
  });
});

describe('Response-likes whose body is not a web stream', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': 'req-nf' });
      res.end(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: 'Token has expired', details: { field: 'token' } } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reads a node-fetch Response (a Node stream body)', async () => {
    const response = (await nodeFetch(`${base}/me`)) as unknown as Response;
    const error = normalizeApiError(await ApiResponseError.fromResponse(response));
    expect(error).toMatchObject({ code: 'TOKEN_EXPIRED', sourceCode: 'TOKEN_EXPIRED', requestId: 'req-nf', status: 401 });
  });

  it('reads a Response-like that only offers text()', async () => {
    const like = { status: 401, statusText: '', headers: new Headers(), url: '', ok: false, bodyUsed: false, text: () => Promise.resolve('{"code":"api_key_expired"}') };
    const error = normalizeApiError(await ApiResponseError.fromResponse(like as unknown as Response));
    expect(error).toMatchObject({ code: 'API_KEY_EXPIRED', status: 401 });
  });
});
